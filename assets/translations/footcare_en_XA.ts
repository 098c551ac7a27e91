<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Footcare's icon</source>
            <translation>[Fööţçåŕé'š îçöñ ~~]</translation>
        </message>
    </context>
    <context>
        <name>AppText</name>
        <message>
            <source>Footcare cannot start</source>
            <translation>[Fööţçåŕé çåññöţ šţåŕţ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>AudioCues</name>
        <message>
            <source>Hold the stretch, rep 1 of 8</source>
            <translation>[Ĥöļð ţĥé šţŕéţçĥ, ŕéþ 1 öf 8 ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>BrowserText</name>
        <message>
            <source>✓ Done today</source>
            <translation>[✓ Ðöñé ţöðåý ~]</translation>
        </message>
        <message>
            <source>{done} of {target} today</source>
            <translation>[{done} öf {target} ţöðåý ~~~~~]</translation>
        </message>
        <message>
            <source>Outside the suggested range: {values}. Allowed, if your clinician prescribed it.</source>
            <translation>[Öûţšîðé ţĥé šûĝĝéšţéð ŕåñĝé: {values}. Åļļöŵéð, îf ýöûŕ çļîñîçîåñ þŕéšçŕîƀéð îţ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{exercise}: {dose}</source>
            <translation>[{exercise}: {dose} ~~~]</translation>
        </message>
        <message>
            <source>{exercise}: {dose}. {today}.</source>
            <translation>[{exercise}: {dose}. {today}. ~~~~~~]</translation>
        </message>
        <message>
            <source>One session takes about {length}.</source>
            <translation>[Öñé šéššîöñ ţåķéš åƀöûţ {length}. ~~~~~~~]</translation>
        </message>
        <message>
            <source>One session takes {length}.</source>
            <translation>[Öñé šéššîöñ ţåķéš {length}. ~~~~~~]</translation>
        </message>
        <message>
            <source>Your dose</source>
            <translation>[Ýöûŕ ðöšé ~]</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>[Ðöšé ~]</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Progression:&lt;/b&gt; {text}&lt;/p&gt;</source>
            <translation>[&lt;p&gt;&lt;b&gt;Þŕöĝŕéššîöñ:&lt;/b&gt; {text}&lt;/p&gt; ~~~~~~~]</translation>
        </message>
        <message>
            <source>Starting position</source>
            <translation>[Šţåŕţîñĝ þöšîţîöñ ~~~]</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>[Šţéþš ~]</translation>
        </message>
        <message>
            <source>Caution</source>
            <translation>[Çåûţîöñ ~]</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <source>Calf stretch</source>
            <extracomment>calf-stretch: name</extracomment>
            <translation>[Çåļf šţŕéţçĥ ~]</translation>
        </message>
        <message>
            <source>Tight calf muscles push extra force onto the ball of the foot. Lengthening them takes some of that load away.</source>
            <extracomment>calf-stretch: why</extracomment>
            <translation>[Ţîĝĥţ çåļf mûšçļéš þûšĥ éxţŕå föŕçé öñţö ţĥé ƀåļļ öf ţĥé fööţ. Ļéñĝţĥéñîñĝ ţĥém ţåķéš šömé öf ţĥåţ ļöåð åŵåý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stand facing a wall, about an arm's length away, with your hands flat on the wall.</source>
            <extracomment>calf-stretch: position</extracomment>
            <translation>[Šţåñð fåçîñĝ å ŵåļļ, åƀöûţ åñ åŕm'š ļéñĝţĥ åŵåý, ŵîţĥ ýöûŕ ĥåñðš fļåţ öñ ţĥé ŵåļļ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Step one foot forward and keep the other foot back.</source>
            <extracomment>calf-stretch: steps[1]</extracomment>
            <translation>[Šţéþ öñé fööţ föŕŵåŕð åñð ķééþ ţĥé öţĥéŕ fööţ ƀåçķ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Lean towards the wall, keeping the back heel on the floor and the back knee straight.</source>
            <extracomment>calf-stretch: steps[2]</extracomment>
            <translation>[Ļéåñ ţöŵåŕðš ţĥé ŵåļļ, ķééþîñĝ ţĥé ƀåçķ ĥééļ öñ ţĥé fļööŕ åñð ţĥé ƀåçķ ķñéé šţŕåîĝĥţ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You should feel a stretch along the calf of the back leg. Hold it there.</source>
            <extracomment>calf-stretch: steps[3]</extracomment>
            <translation>[Ýöû šĥöûļð fééļ å šţŕéţçĥ åļöñĝ ţĥé çåļf öf ţĥé ƀåçķ ļéĝ. Ĥöļð îţ ţĥéŕé. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Change legs and stretch the other calf.</source>
            <extracomment>calf-stretch: steps[4]</extracomment>
            <translation>[Çĥåñĝé ļéĝš åñð šţŕéţçĥ ţĥé öţĥéŕ çåļf. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stretch until you feel tension in the calf, not pain. Let your heel stay down rather than forcing the lean.</source>
            <extracomment>calf-stretch: caution</extracomment>
            <translation>[Šţŕéţçĥ ûñţîļ ýöû fééļ ţéñšîöñ îñ ţĥé çåļf, ñöţ þåîñ. Ļéţ ýöûŕ ĥééļ šţåý ðöŵñ ŕåţĥéŕ ţĥåñ föŕçîñĝ ţĥé ļéåñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hold the stretch</source>
            <extracomment>calf-stretch: phases[1].label</extracomment>
            <translation>[Ĥöļð ţĥé šţŕéţçĥ ~~]</translation>
        </message>
        <message>
            <source>Lean into the wall, back heel down, back knee straight. Breathe steadily.</source>
            <extracomment>calf-stretch: phases[1].instruction</extracomment>
            <translation>[Ļéåñ îñţö ţĥé ŵåļļ, ƀåçķ ĥééļ ðöŵñ, ƀåçķ ķñéé šţŕåîĝĥţ. ßŕéåţĥé šţéåðîļý. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hold for 30 to 60 seconds.</source>
            <extracomment>calf-stretch: phases[1].seconds.note</extracomment>
            <translation>[Ĥöļð föŕ 30 ţö 60 šéçöñðš. ~~~~~]</translation>
        </message>
        <message>
            <source>Relax</source>
            <extracomment>calf-stretch: phases[2].label</extracomment>
            <translation>[Ŕéļåx ~]</translation>
        </message>
        <message>
            <source>Ease off and stand upright before the next hold.</source>
            <extracomment>calf-stretch: phases[2].instruction</extracomment>
            <translation>[Éåšé öff åñð šţåñð ûþŕîĝĥţ ƀéföŕé ţĥé ñéxţ ĥöļð. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The source describes a single hold per leg.</source>
            <extracomment>calf-stretch: reps.note</extracomment>
            <translation>[Ţĥé šöûŕçé ðéšçŕîƀéš å šîñĝļé ĥöļð þéŕ ļéĝ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Two times per day.</source>
            <extracomment>calf-stretch: per_day.note</extracomment>
            <translation>[Ţŵö ţîméš þéŕ ðåý. ~~~]</translation>
        </message>
        <message>
            <source>Achilles tendon stretch</source>
            <extracomment>achilles-stretch: name</extracomment>
            <translation>[Åçĥîļļéš ţéñðöñ šţŕéţçĥ ~~~~]</translation>
        </message>
        <message>
            <source>A flexible, loose Achilles tendon helps keep pressure off the ball of the foot.</source>
            <extracomment>achilles-stretch: why</extracomment>
            <translation>[Å fļéxîƀļé, ļööšé Åçĥîļļéš ţéñðöñ ĥéļþš ķééþ þŕéššûŕé öff ţĥé ƀåļļ öf ţĥé fööţ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stand on a kerb or a stair with the balls of your feet on the edge and your heels hanging off. Hold a rail or wall for balance.</source>
            <extracomment>achilles-stretch: position</extracomment>
            <translation>[Šţåñð öñ å ķéŕƀ öŕ å šţåîŕ ŵîţĥ ţĥé ƀåļļš öf ýöûŕ fééţ öñ ţĥé éðĝé åñð ýöûŕ ĥééļš ĥåñĝîñĝ öff. Ĥöļð å ŕåîļ öŕ ŵåļļ föŕ ƀåļåñçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Slowly let your heels sink below the edge and hold while the back of the ankle stretches.</source>
            <extracomment>achilles-stretch: steps[1]</extracomment>
            <translation>[Šļöŵļý ļéţ ýöûŕ ĥééļš šîñķ ƀéļöŵ ţĥé éðĝé åñð ĥöļð ŵĥîļé ţĥé ƀåçķ öf ţĥé åñķļé šţŕéţçĥéš. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Rise up onto your toes to work the calf and hold there.</source>
            <extracomment>achilles-stretch: steps[2]</extracomment>
            <translation>[Ŕîšé ûþ öñţö ýöûŕ ţöéš ţö ŵöŕķ ţĥé çåļf åñð ĥöļð ţĥéŕé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Lower back to level and repeat.</source>
            <extracomment>achilles-stretch: steps[3]</extracomment>
            <translation>[Ļöŵéŕ ƀåçķ ţö ļévéļ åñð ŕéþéåţ. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Move slowly and keep hold of a rail: this is done on an edge. Stop if the pain is sharp.</source>
            <extracomment>achilles-stretch: caution</extracomment>
            <translation>[Mövé šļöŵļý åñð ķééþ ĥöļð öf å ŕåîļ: ţĥîš îš ðöñé öñ åñ éðĝé. Šţöþ îf ţĥé þåîñ îš šĥåŕþ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Heels down</source>
            <extracomment>achilles-stretch: phases[1].label</extracomment>
            <translation>[Ĥééļš ðöŵñ ~]</translation>
        </message>
        <message>
            <source>Lower your heels slowly below the edge and hold the stretch.</source>
            <extracomment>achilles-stretch: phases[1].instruction</extracomment>
            <translation>[Ļöŵéŕ ýöûŕ ĥééļš šļöŵļý ƀéļöŵ ţĥé éðĝé åñð ĥöļð ţĥé šţŕéţçĥ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The source says 'a few seconds'; Footcare counts 3.</source>
            <extracomment>achilles-stretch: phases[1].seconds.note</extracomment>
            <translation>[Ţĥé šöûŕçé šåýš 'å féŵ šéçöñðš'; Fööţçåŕé çöûñţš 3. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Up on your toes</source>
            <extracomment>achilles-stretch: phases[2].label</extracomment>
            <translation>[Ûþ öñ ýöûŕ ţöéš ~~]</translation>
        </message>
        <message>
            <source>Rise onto your toes, squeeze the calf and hold.</source>
            <extracomment>achilles-stretch: phases[2].instruction</extracomment>
            <translation>[Ŕîšé öñţö ýöûŕ ţöéš, šqûééžé ţĥé çåļf åñð ĥöļð. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Three sets of 12.</source>
            <extracomment>achilles-stretch: reps.note</extracomment>
            <translation>[Ţĥŕéé šéţš öf 12. ~~~]</translation>
        </message>
        <message>
            <source>Each day.</source>
            <extracomment>achilles-stretch: per_day.note</extracomment>
            <translation>[Éåçĥ ðåý. ~]</translation>
        </message>
        <message>
            <source>Ankle extension</source>
            <extracomment>ankle-extension: name</extracomment>
            <translation>[Åñķļé éxţéñšîöñ ~~]</translation>
        </message>
        <message>
            <source>Everyday walking and sport can stiffen the ankle. Bending the toes and foot back loosens it.</source>
            <extracomment>ankle-extension: why</extracomment>
            <translation>[Évéŕýðåý ŵåļķîñĝ åñð šþöŕţ çåñ šţîfféñ ţĥé åñķļé. ßéñðîñĝ ţĥé ţöéš åñð fööţ ƀåçķ ļööšéñš îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sit on a chair and rest the ankle of your painful foot on the opposite knee.</source>
            <extracomment>ankle-extension: position</extracomment>
            <translation>[Šîţ öñ å çĥåîŕ åñð ŕéšţ ţĥé åñķļé öf ýöûŕ þåîñfûļ fööţ öñ ţĥé öþþöšîţé ķñéé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hold the ankle with the hand on the same side as that foot.</source>
            <extracomment>ankle-extension: steps[1]</extracomment>
            <translation>[Ĥöļð ţĥé åñķļé ŵîţĥ ţĥé ĥåñð öñ ţĥé šåmé šîðé åš ţĥåţ fööţ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>With the other hand, take hold of your toes.</source>
            <extracomment>ankle-extension: steps[2]</extracomment>
            <translation>[Ŵîţĥ ţĥé öţĥéŕ ĥåñð, ţåķé ĥöļð öf ýöûŕ ţöéš. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Draw the toes back towards you until the stretch is strong and uncomfortable, then hold.</source>
            <extracomment>ankle-extension: steps[3]</extracomment>
            <translation>[Ðŕåŵ ţĥé ţöéš ƀåçķ ţöŵåŕðš ýöû ûñţîļ ţĥé šţŕéţçĥ îš šţŕöñĝ åñð ûñçömföŕţåƀļé, ţĥéñ ĥöļð. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Let go and relax before the next rep.</source>
            <extracomment>ankle-extension: steps[4]</extracomment>
            <translation>[Ļéţ ĝö åñð ŕéļåx ƀéföŕé ţĥé ñéxţ ŕéþ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The source advises pulling until it is quite painful. Stop short of sharp pain, and stop altogether if the pain gets worse from one day to the next.</source>
            <extracomment>ankle-extension: caution</extracomment>
            <translation>[Ţĥé šöûŕçé åðvîšéš þûļļîñĝ ûñţîļ îţ îš qûîţé þåîñfûļ. Šţöþ šĥöŕţ öf šĥåŕþ þåîñ, åñð šţöþ åļţöĝéţĥéŕ îf ţĥé þåîñ ĝéţš ŵöŕšé fŕöm öñé ðåý ţö ţĥé ñéxţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Pull the toes back</source>
            <extracomment>ankle-extension: phases[1].label</extracomment>
            <translation>[Þûļļ ţĥé ţöéš ƀåçķ ~~~]</translation>
        </message>
        <message>
            <source>Draw your toes towards you and hold the stretch.</source>
            <extracomment>ankle-extension: phases[1].instruction</extracomment>
            <translation>[Ðŕåŵ ýöûŕ ţöéš ţöŵåŕðš ýöû åñð ĥöļð ţĥé šţŕéţçĥ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hold for 5 to 10 seconds.</source>
            <extracomment>ankle-extension: phases[1].seconds.note</extracomment>
            <translation>[Ĥöļð föŕ 5 ţö 10 šéçöñðš. ~~~~~]</translation>
        </message>
        <message>
            <source>Let go of your toes and let the foot rest.</source>
            <extracomment>ankle-extension: phases[2].instruction</extracomment>
            <translation>[Ļéţ ĝö öf ýöûŕ ţöéš åñð ļéţ ţĥé fööţ ŕéšţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Relax for 10 seconds.</source>
            <extracomment>ankle-extension: phases[2].seconds.note</extracomment>
            <translation>[Ŕéļåx föŕ 10 šéçöñðš. ~~~~]</translation>
        </message>
        <message>
            <source>Three sets of eight reps.</source>
            <extracomment>ankle-extension: reps.note</extracomment>
            <translation>[Ţĥŕéé šéţš öf éîĝĥţ ŕéþš. ~~~~~]</translation>
        </message>
        <message>
            <source>Ankle flexion</source>
            <extracomment>ankle-flexion: name</extracomment>
            <translation>[Åñķļé fļéxîöñ ~]</translation>
        </message>
        <message>
            <source>Working the ankle in the other direction keeps it supple all the way round.</source>
            <extracomment>ankle-flexion: why</extracomment>
            <translation>[Ŵöŕķîñĝ ţĥé åñķļé îñ ţĥé öţĥéŕ ðîŕéçţîöñ ķééþš îţ šûþþļé åļļ ţĥé ŵåý ŕöûñð. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sit as for the ankle extension, with the painful foot crossed over the other knee.</source>
            <extracomment>ankle-flexion: position</extracomment>
            <translation>[Šîţ åš föŕ ţĥé åñķļé éxţéñšîöñ, ŵîţĥ ţĥé þåîñfûļ fööţ çŕöššéð övéŕ ţĥé öţĥéŕ ķñéé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This time hold the ankle with the opposite hand.</source>
            <extracomment>ankle-flexion: steps[1]</extracomment>
            <translation>[Ţĥîš ţîmé ĥöļð ţĥé åñķļé ŵîţĥ ţĥé öþþöšîţé ĥåñð. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Take hold of your toes with the hand on the same side as that foot.</source>
            <extracomment>ankle-flexion: steps[2]</extracomment>
            <translation>[Ţåķé ĥöļð öf ýöûŕ ţöéš ŵîţĥ ţĥé ĥåñð öñ ţĥé šåmé šîðé åš ţĥåţ fööţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Press the toes in towards your shin until you feel some pain, then ease off slightly.</source>
            <extracomment>ankle-flexion: steps[3]</extracomment>
            <translation>[Þŕéšš ţĥé ţöéš îñ ţöŵåŕðš ýöûŕ šĥîñ ûñţîļ ýöû fééļ šömé þåîñ, ţĥéñ éåšé öff šļîĝĥţļý. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hold there, then relax before the next rep.</source>
            <extracomment>ankle-flexion: steps[4]</extracomment>
            <translation>[Ĥöļð ţĥéŕé, ţĥéñ ŕéļåx ƀéföŕé ţĥé ñéxţ ŕéþ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ease off a little once you feel pain: hold at a point you can keep still. Stop if the pain is sharp.</source>
            <extracomment>ankle-flexion: caution</extracomment>
            <translation>[Éåšé öff å ļîţţļé öñçé ýöû fééļ þåîñ: ĥöļð åţ å þöîñţ ýöû çåñ ķééþ šţîļļ. Šţöþ îf ţĥé þåîñ îš šĥåŕþ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Toes in, hold</source>
            <extracomment>ankle-flexion: phases[1].label</extracomment>
            <translation>[Ţöéš îñ, ĥöļð ~]</translation>
        </message>
        <message>
            <source>Press your toes in towards your shin, ease off slightly and hold.</source>
            <extracomment>ankle-flexion: phases[1].instruction</extracomment>
            <translation>[Þŕéšš ýöûŕ ţöéš îñ ţöŵåŕðš ýöûŕ šĥîñ, éåšé öff šļîĝĥţļý åñð ĥöļð. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The source gives no relax time; Footcare uses the ankle extension's 10 seconds.</source>
            <extracomment>ankle-flexion: phases[2].seconds.note</extracomment>
            <translation>[Ţĥé šöûŕçé ĝîvéš ñö ŕéļåx ţîmé; Fööţçåŕé ûšéš ţĥé åñķļé éxţéñšîöñ'š 10 šéçöñðš. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The source gives no reps; Footcare uses the ankle extension's eight.</source>
            <extracomment>ankle-flexion: reps.note</extracomment>
            <translation>[Ţĥé šöûŕçé ĝîvéš ñö ŕéþš; Fööţçåŕé ûšéš ţĥé åñķļé éxţéñšîöñ'š éîĝĥţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The source gives no sets; Footcare uses the ankle extension's three.</source>
            <extracomment>ankle-flexion: sets.note</extracomment>
            <translation>[Ţĥé šöûŕçé ĝîvéš ñö šéţš; Fööţçåŕé ûšéš ţĥé åñķļé éxţéñšîöñ'š ţĥŕéé. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The source gives no frequency; Footcare suggests once a day.</source>
            <extracomment>ankle-flexion: per_day.note</extracomment>
            <translation>[Ţĥé šöûŕçé ĝîvéš ñö fŕéqûéñçý; Fööţçåŕé šûĝĝéšţš öñçé å ðåý. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Toe pulling</source>
            <extracomment>toe-pulling: name</extracomment>
            <translation>[Ţöé þûļļîñĝ ~]</translation>
        </message>
        <message>
            <source>Gripping with the toes strengthens the small muscles under the foot. It feels odd at first.</source>
            <extracomment>toe-pulling: why</extracomment>
            <translation>[Ĝŕîþþîñĝ ŵîţĥ ţĥé ţöéš šţŕéñĝţĥéñš ţĥé šmåļļ mûšçļéš ûñðéŕ ţĥé fööţ. Îţ fééļš öðð åţ fîŕšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stand barefoot on a smooth floor with your feet about hip-width apart.</source>
            <extracomment>toe-pulling: position</extracomment>
            <translation>[Šţåñð ƀåŕéfööţ öñ å šmööţĥ fļööŕ ŵîţĥ ýöûŕ fééţ åƀöûţ ĥîþ-ŵîðţĥ åþåŕţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Curl the toes of the working foot as if grabbing something with them.</source>
            <extracomment>toe-pulling: steps[1]</extracomment>
            <translation>[Çûŕļ ţĥé ţöéš öf ţĥé ŵöŕķîñĝ fööţ åš îf ĝŕåƀƀîñĝ šöméţĥîñĝ ŵîţĥ ţĥém. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Use that grip to pull yourself forward along the floor, about 1 to 2 metres (3 to 6 feet) in all.</source>
            <extracomment>toe-pulling: steps[2]</extracomment>
            <translation>[Ûšé ţĥåţ ĝŕîþ ţö þûļļ ýöûŕšéļf föŕŵåŕð åļöñĝ ţĥé fļööŕ, åƀöûţ 1 ţö 2 méţŕéš (3 ţö 6 fééţ) îñ åļļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Count one rep for each pull, then work the other foot.</source>
            <extracomment>toe-pulling: steps[3]</extracomment>
            <translation>[Çöûñţ öñé ŕéþ föŕ éåçĥ þûļļ, ţĥéñ ŵöŕķ ţĥé öţĥéŕ fööţ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Keep your balance: stand near a wall or a chair. Stop if the ball of the foot hurts more as you go.</source>
            <extracomment>toe-pulling: caution</extracomment>
            <translation>[Ķééþ ýöûŕ ƀåļåñçé: šţåñð ñéåŕ å ŵåļļ öŕ å çĥåîŕ. Šţöþ îf ţĥé ƀåļļ öf ţĥé fööţ ĥûŕţš möŕé åš ýöû ĝö. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Start with 25 reps per foot and work up to 75.</source>
            <extracomment>toe-pulling: progression</extracomment>
            <translation>[Šţåŕţ ŵîţĥ 25 ŕéþš þéŕ fööţ åñð ŵöŕķ ûþ ţö 75. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Pull</source>
            <extracomment>toe-pulling: phases[1].label</extracomment>
            <translation>[Þûļļ ~]</translation>
        </message>
        <message>
            <source>Curl your toes, grip the floor and pull yourself forward.</source>
            <extracomment>toe-pulling: phases[1].instruction</extracomment>
            <translation>[Çûŕļ ýöûŕ ţöéš, ĝŕîþ ţĥé fļööŕ åñð þûļļ ýöûŕšéļf föŕŵåŕð. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>25 reps per foot, working up to 75.</source>
            <extracomment>toe-pulling: reps.note</extracomment>
            <translation>[25 ŕéþš þéŕ fööţ, ŵöŕķîñĝ ûþ ţö 75. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Three times a day.</source>
            <extracomment>toe-pulling: per_day.note</extracomment>
            <translation>[Ţĥŕéé ţîméš å ðåý. ~~~]</translation>
        </message>
        <message>
            <source>0 means at your own pace: press Space for each rep. Set seconds to be paced.</source>
            <extracomment>toe-pulling: pace_seconds.note</extracomment>
            <translation>[0 méåñš åţ ýöûŕ öŵñ þåçé: þŕéšš Šþåçé föŕ éåçĥ ŕéþ. Šéţ šéçöñðš ţö ƀé þåçéð. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ChartText</name>
        <message numerus="yes">
            <source>%n session(s) over {days} days; target {target} a day</source>
            <translation>
                <numerusform>[%n šéššîöñ övéŕ {days} ðåýš; ţåŕĝéţ {target} å ðåý ~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n šéššîöñš övéŕ {days} ðåýš; ţåŕĝéţ {target} å ðåý ~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain ratings on {rated} of {days} days</source>
            <translation>[Þåîñ ŕåţîñĝš öñ {rated} öf {days} ðåýš ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ChartsText</name>
        <message>
            <source>No pain ratings in this period</source>
            <translation>[Ñö þåîñ ŕåţîñĝš îñ ţĥîš þéŕîöð ~~~~~~]</translation>
        </message>
        <message>
            <source>Finished sessions per day</source>
            <translation>[Fîñîšĥéð šéššîöñš þéŕ ðåý ~~~~~]</translation>
        </message>
        <message>
            <source>Pain before and after sessions (0–10)</source>
            <translation>[Þåîñ ƀéföŕé åñð åfţéŕ šéššîöñš (0–10) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>[Ţåŕĝéţ méţ ~]</translation>
        </message>
        <message>
            <source>Below target</source>
            <translation>[ßéļöŵ ţåŕĝéţ ~]</translation>
        </message>
        <message>
            <source>Target {count} a day</source>
            <translation>[Ţåŕĝéţ {count} å ðåý ~~~]</translation>
        </message>
        <message>
            <source>Before session</source>
            <translation>[ßéföŕé šéššîöñ ~~]</translation>
        </message>
        <message>
            <source>After session</source>
            <translation>[Åfţéŕ šéššîöñ ~]</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Footcare check-in</source>
            <translation>[Fööţçåŕé çĥéçķ-îñ ~~~]</translation>
        </message>
        <message>
            <source>Everything here is optional; your answers help your physiotherapist.</source>
            <translation>[Évéŕýţĥîñĝ ĥéŕé îš öþţîöñåļ; ýöûŕ åñšŵéŕš ĥéļþ ýöûŕ þĥýšîöţĥéŕåþîšţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Pain on your first steps this morning:</source>
            <translation>[Þåîñ öñ ýöûŕ fîŕšţ šţéþš ţĥîš möŕñîñĝ: ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not all exercises were done on {day}. Why?</source>
            <translation>[Ñöţ åļļ éxéŕçîšéš ŵéŕé ðöñé öñ {day}. Ŵĥý? ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Why the exercises were not all done</source>
            <translation>[Ŵĥý ţĥé éxéŕçîšéš ŵéŕé ñöţ åļļ ðöñé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your goals this week: how well can you do them? (0-10)</source>
            <translation>[Ýöûŕ ĝöåļš ţĥîš ŵééķ: ĥöŵ ŵéļļ çåñ ýöû ðö ţĥém? (0-10) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>[Šåvé ~]</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>[Ñöţ ñöŵ ~]</translation>
        </message>
        <message>
            <source>Skip these questions today (Esc)</source>
            <translation>[Šķîþ ţĥéšé qûéšţîöñš ţöðåý (Éšç) ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <translation>[Çöûñţðöŵñ ~]</translation>
        </message>
        <message>
            <source>Seconds left in this step, or the rep to count: click it or press Enter to count a rep</source>
            <translation>[Šéçöñðš ļéfţ îñ ţĥîš šţéþ, öŕ ţĥé ŕéþ ţö çöûñţ: çļîçķ îţ öŕ þŕéšš Éñţéŕ ţö çöûñţ å ŕéþ ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CuesText</name>
        <message>
            <source>Get ready: {exercise}</source>
            <translation>[Ĝéţ ŕéåðý: {exercise} ~~~~]</translation>
        </message>
        <message>
            <source>Get ready: {exercise}, left foot</source>
            <translation>[Ĝéţ ŕéåðý: {exercise}, ļéfţ fööţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Get ready: {exercise}, right foot</source>
            <translation>[Ĝéţ ŕéåðý: {exercise}, ŕîĝĥţ fööţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Get ready: {exercise}, painful foot</source>
            <translation>[Ĝéţ ŕéåðý: {exercise}, þåîñfûļ fööţ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{step}, rep {rep} of {reps}</source>
            <translation>[{step}, ŕéþ {rep} öf {reps} ~~~~~~]</translation>
        </message>
        <message>
            <source>Rest. Next, set {set} of {sets}</source>
            <translation>[Ŕéšţ. Ñéxţ, šéţ {set} öf {sets} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Well done</source>
            <translation>[Ŵéļļ ðöñé ~]</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>[Šéššîöñ éñðéð ~]</translation>
        </message>
    </context>
    <context>
        <name>DeletionText</name>
        <message numerus="yes">
            <source>Delete these %n sessions from your history? You can undo this while History is open.</source>
            <translation>
                <numerusform>[Ðéļéţé ţĥéšé %n šéššîöñš fŕöm ýöûŕ ĥîšţöŕý? Ýöû çåñ ûñðö ţĥîš ŵĥîļé Ĥîšţöŕý îš öþéñ. ~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ðéļéţé ţĥéšé %n šéššîöñš fŕöm ýöûŕ ĥîšţöŕý? Ýöû çåñ ûñðö ţĥîš ŵĥîļé Ĥîšţöŕý îš öþéñ. ~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n session(s).</source>
            <translation>
                <numerusform>[Ðéļéţéð %n šéššîöñ. ~~~]</numerusform>
                <numerusform>[Ðéļéţéð %n šéššîöñš. ~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DescribeText</name>
        <message>
            <source>each foot</source>
            <translation>[éåçĥ fööţ ~]</translation>
        </message>
        <message>
            <source>left foot</source>
            <translation>[ļéfţ fööţ ~]</translation>
        </message>
        <message>
            <source>right foot</source>
            <translation>[ŕîĝĥţ fööţ ~]</translation>
        </message>
        <message>
            <source>painful foot</source>
            <translation>[þåîñfûļ fööţ ~]</translation>
        </message>
        <message>
            <source>both feet</source>
            <translation>[ƀöţĥ fééţ ~]</translation>
        </message>
        <message>
            <source>once a day</source>
            <translation>[öñçé å ðåý ~]</translation>
        </message>
        <message>
            <source>twice a day</source>
            <translation>[ţŵîçé å ðåý ~]</translation>
        </message>
        <message numerus="yes">
            <source>%n times a day</source>
            <translation>
                <numerusform>[%n ţîméš å ðåý ~~]</numerusform>
                <numerusform>[%n ţîméš å ðåý ~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) per foot</source>
            <translation>
                <numerusform>[%n ŕéþ þéŕ fööţ ~~]</numerusform>
                <numerusform>[%n ŕéþš þéŕ fööţ ~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>[%n ŕéþ ~]</numerusform>
                <numerusform>[%n ŕéþš ~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{seconds} s hold</source>
            <translation>[{seconds} š ĥöļð ~~]</translation>
        </message>
        <message>
            <source>{sets} × {reps}</source>
            <translation>[{sets} × {reps} ~~]</translation>
        </message>
        <message>
            <source> · </source>
            <comment>separates the parts of a line</comment>
            <translation>[ ·  ~]</translation>
        </message>
        <message>
            <source>{phase}: counted, every {seconds} s</source>
            <translation>[{phase}: çöûñţéð, évéŕý {seconds} š ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{phase}: counted, at your own pace</source>
            <translation>[{phase}: çöûñţéð, åţ ýöûŕ öŵñ þåçé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{phase}: {seconds} s</source>
            <translation>[{phase}: {seconds} š ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) × {sets} sets</source>
            <translation>
                <numerusform>[%n ŕéþ × {sets} šéţš ~~~]</numerusform>
                <numerusform>[%n ŕéþš × {sets} šéţš ~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Rest {seconds} s between sets</source>
            <translation>[Ŕéšţ {seconds} š ƀéţŵééñ šéţš ~~~~~~]</translation>
        </message>
        <message>
            <source>Left foot</source>
            <translation>[Ļéfţ fööţ ~]</translation>
        </message>
        <message>
            <source>Right foot</source>
            <translation>[Ŕîĝĥţ fööţ ~]</translation>
        </message>
        <message>
            <source>Painful foot</source>
            <translation>[Þåîñfûļ fööţ ~]</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}</source>
            <translation>[Ŕéþ {rep} öf {reps} ~~~]</translation>
        </message>
        <message>
            <source>Set {set} of {sets}</source>
            <translation>[Šéţ {set} öf {sets} ~~~]</translation>
        </message>
        <message>
            <source>{foot} ({side} of {sides})</source>
            <translation>[{foot} ({side} öf {sides}) ~~~~~]</translation>
        </message>
        <message>
            <source>{step} · rep {rep} of {reps}</source>
            <translation>[{step} · ŕéþ {rep} öf {reps} ~~~~~~]</translation>
        </message>
        <message>
            <source>{step} · {seconds} s · rep {rep} of {reps}</source>
            <translation>[{step} · {seconds} š · ŕéþ {rep} öf {reps} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{step} · {seconds} s</source>
            <translation>[{step} · {seconds} š ~~~]</translation>
        </message>
    </context>
    <context>
        <name>DesktopText</name>
        <message>
            <source>Start now</source>
            <translation>[Šţåŕţ ñöŵ ~]</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>[Ļåţéŕ ~]</translation>
        </message>
    </context>
    <context>
        <name>DoseEditorDialog</name>
        <message>
            <source>Dose: {exercise}</source>
            <translation>[Ðöšé: {exercise} ~~]</translation>
        </message>
        <message>
            <source>{phase}:</source>
            <translation>[{phase}: ~]</translation>
        </message>
        <message>
            <source>Reps:</source>
            <translation>[Ŕéþš: ~]</translation>
        </message>
        <message>
            <source>Sets:</source>
            <translation>[Šéţš: ~]</translation>
        </message>
        <message>
            <source>Rest between sets:</source>
            <translation>[Ŕéšţ ƀéţŵééñ šéţš: ~~~]</translation>
        </message>
        <message>
            <source>Pace:</source>
            <translation>[Þåçé: ~]</translation>
        </message>
        <message>
            <source> s per rep</source>
            <translation>[ š þéŕ ŕéþ ~]</translation>
        </message>
        <message>
            <source>Your own pace (press Space for each rep)</source>
            <translation>[Ýöûŕ öŵñ þåçé (þŕéšš Šþåçé föŕ éåçĥ ŕéþ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Which feet</source>
            <translation>[Ŵĥîçĥ fééţ ~]</translation>
        </message>
        <message>
            <source>Both feet in turn, one foot, or the painful foot</source>
            <translation>[ßöţĥ fééţ îñ ţûŕñ, öñé fööţ, öŕ ţĥé þåîñfûļ fööţ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Feet:</source>
            <translation>[Fééţ: ~]</translation>
        </message>
        <message>
            <source>Reset to defaults</source>
            <translation>[Ŕéšéţ ţö ðéfåûļţš ~~~]</translation>
        </message>
        <message>
            <source>Use the catalogue's dose for this exercise</source>
            <translation>[Ûšé ţĥé çåţåļöĝûé'š ðöšé föŕ ţĥîš éxéŕçîšé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Use this dose</source>
            <translation>[Ûšé ţĥîš ðöšé ~]</translation>
        </message>
        <message>
            <source>Up and Down change the value</source>
            <translation>[Ûþ åñð Ðöŵñ çĥåñĝé ţĥé våļûé ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DoseEditorText</name>
        <message>
            <source>Say which foot is painful in Preferences, and this will use it.</source>
            <translation>[Šåý ŵĥîçĥ fööţ îš þåîñfûļ îñ Þŕéféŕéñçéš, åñð ţĥîš ŵîļļ ûšé îţ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The painful foot (left)</source>
            <translation>[Ţĥé þåîñfûļ fööţ (ļéfţ) ~~~~]</translation>
        </message>
        <message>
            <source>The painful foot (right)</source>
            <translation>[Ţĥé þåîñfûļ fööţ (ŕîĝĥţ) ~~~~~]</translation>
        </message>
        <message>
            <source>The painful feet (both, one after the other)</source>
            <translation>[Ţĥé þåîñfûļ fééţ (ƀöţĥ, öñé åfţéŕ ţĥé öţĥéŕ) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The painful foot</source>
            <translation>[Ţĥé þåîñfûļ fööţ ~~]</translation>
        </message>
        <message>
            <source>Left foot only</source>
            <translation>[Ļéfţ fööţ öñļý ~~]</translation>
        </message>
        <message>
            <source>Right foot only</source>
            <translation>[Ŕîĝĥţ fööţ öñļý ~~]</translation>
        </message>
        <message>
            <source>Both feet, one after the other</source>
            <translation>[ßöţĥ fééţ, öñé åfţéŕ ţĥé öţĥéŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>{action} (Enter)</source>
            <translation>[{action} (Éñţéŕ) ~~]</translation>
        </message>
        <message>
            <source>Close and change nothing (Esc)</source>
            <translation>[Çļöšé åñð çĥåñĝé ñöţĥîñĝ (Éšç) ~~~~~~]</translation>
        </message>
        <message>
            <source>Suggested {low} to {high}, from the source.</source>
            <translation>[Šûĝĝéšţéð {low} ţö {high}, fŕöm ţĥé šöûŕçé. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Suggested {low} to {high}, Footcare's usual range; the source gives {default}.</source>
            <translation>[Šûĝĝéšţéð {low} ţö {high}, Fööţçåŕé'š ûšûåļ ŕåñĝé; ţĥé šöûŕçé ĝîvéš {default}. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Suggested {low} to {high}, from Footcare (the source is silent).</source>
            <translation>[Šûĝĝéšţéð {low} ţö {high}, fŕöm Fööţçåŕé (ţĥé šöûŕçé îš šîļéñţ). ~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DoseViewText</name>
        <message>
            <source>{mark} source {low}–{high} s</source>
            <translation>[{mark} šöûŕçé {low}–{high} š ~~~~~~]</translation>
        </message>
        <message>
            <source>{mark} source {low}–{high}</source>
            <translation>[{mark} šöûŕçé {low}–{high} ~~~~~]</translation>
        </message>
        <message>
            <source>outside the source's {low} to {high} seconds</source>
            <translation>[öûţšîðé ţĥé šöûŕçé'š {low} ţö {high} šéçöñðš ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>outside the source's {low} to {high}</source>
            <translation>[öûţšîðé ţĥé šöûŕçé'š {low} ţö {high} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{mark} usual {low}–{high} s</source>
            <translation>[{mark} ûšûåļ {low}–{high} š ~~~~~~]</translation>
        </message>
        <message>
            <source>{mark} usual {low}–{high}</source>
            <translation>[{mark} ûšûåļ {low}–{high} ~~~~~]</translation>
        </message>
        <message>
            <source>outside Footcare's usual {low} to {high} seconds</source>
            <translation>[öûţšîðé Fööţçåŕé'š ûšûåļ {low} ţö {high} šéçöñðš ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>outside Footcare's usual {low} to {high}</source>
            <translation>[öûţšîðé Fööţçåŕé'š ûšûåļ {low} ţö {high} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{value} ({range})</source>
            <translation>[{value} ({range}) ~~~]</translation>
        </message>
        <message>
            <source>{value}, {range}</source>
            <translation>[{value}, {range} ~~]</translation>
        </message>
        <message>
            <source>{phase}: counted, every {seconds} s</source>
            <translation>[{phase}: çöûñţéð, évéŕý {seconds} š ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{phase}: counted, at your own pace</source>
            <translation>[{phase}: çöûñţéð, åţ ýöûŕ öŵñ þåçé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{phase}: {seconds} s</source>
            <translation>[{phase}: {seconds} š ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>[%n ŕéþ ~]</numerusform>
                <numerusform>[%n ŕéþš ~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>[%n šéţ ~]</numerusform>
                <numerusform>[%n šéţš ~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{reps} × {sets}</source>
            <translation>[{reps} × {sets} ~~]</translation>
        </message>
        <message>
            <source>Rest {seconds} s between sets</source>
            <translation>[Ŕéšţ {seconds} š ƀéţŵééñ šéţš ~~~~~~]</translation>
        </message>
        <message>
            <source> · </source>
            <comment>separates the parts of a line</comment>
            <translation>[ ·  ~]</translation>
        </message>
        <message>
            <source>; </source>
            <comment>separates the parts of a spoken dose</comment>
            <translation>[;  ~]</translation>
        </message>
        <message>
            <source>{exercise}: {warning}</source>
            <translation>[{exercise}: {warning} ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DosesText</name>
        <message>
            <source>{exercise}: expected {expected} phase times, not {given}</source>
            <translation>[{exercise}: éxþéçţéð {expected} þĥåšé ţîméš, ñöţ {given} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>[Ŕéþš ~]</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>[Šéţš ~]</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>[Ŕéšţ ~]</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>[Þåçé ~]</translation>
        </message>
        <message>
            <source>{phase}: a counted phase has no seconds; set a pace</source>
            <translation>[{phase}: å çöûñţéð þĥåšé ĥåš ñö šéçöñðš; šéţ å þåçé ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{phase}: needs a number of seconds</source>
            <translation>[{phase}: ñééðš å ñûmƀéŕ öf šéçöñðš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{exercise} works both feet at once: there is no choice of feet</source>
            <translation>[{exercise} ŵöŕķš ƀöţĥ fééţ åţ öñçé: ţĥéŕé îš ñö çĥöîçé öf fééţ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{label}: {value} s is outside the source's {low}–{high} s</source>
            <translation>[{label}: {value} š îš öûţšîðé ţĥé šöûŕçé'š {low}–{high} š ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{label}: {value} is outside the source's {low}–{high}</source>
            <translation>[{label}: {value} îš öûţšîðé ţĥé šöûŕçé'š {low}–{high} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{label}: {value} s is outside {low}–{high} s (the source gives {given} s; Footcare chose the other end)</source>
            <translation>[{label}: {value} š îš öûţšîðé {low}–{high} š (ţĥé šöûŕçé ĝîvéš {given} š; Fööţçåŕé çĥöšé ţĥé öţĥéŕ éñð) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{label}: {value} is outside {low}–{high} (the source gives {given}; Footcare chose the other end)</source>
            <translation>[{label}: {value} îš öûţšîðé {low}–{high} (ţĥé šöûŕçé ĝîvéš {given}; Fööţçåŕé çĥöšé ţĥé öţĥéŕ éñð) ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{label}: {value} s is outside Footcare's usual range {low}–{high} s; the source gives {default} s</source>
            <translation>[{label}: {value} š îš öûţšîðé Fööţçåŕé'š ûšûåļ ŕåñĝé {low}–{high} š; ţĥé šöûŕçé ĝîvéš {default} š ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{label}: {value} is outside Footcare's usual range {low}–{high}; the source gives {default}</source>
            <translation>[{label}: {value} îš öûţšîðé Fööţçåŕé'š ûšûåļ ŕåñĝé {low}–{high}; ţĥé šöûŕçé ĝîvéš {default} ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{label}: {value} s is outside Footcare's suggested {low}–{high} s (the source gives no number)</source>
            <translation>[{label}: {value} š îš öûţšîðé Fööţçåŕé'š šûĝĝéšţéð {low}–{high} š (ţĥé šöûŕçé ĝîvéš ñö ñûmƀéŕ) ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{label}: {value} is outside Footcare's suggested {low}–{high} (the source gives no number)</source>
            <translation>[{label}: {value} îš öûţšîðé Fööţçåŕé'š šûĝĝéšţéð {low}–{high} (ţĥé šöûŕçé ĝîvéš ñö ñûmƀéŕ) ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{label}: must be from {low} to {high} s, not {value} s</source>
            <translation>[{label}: mûšţ ƀé fŕöm {low} ţö {high} š, ñöţ {value} š ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{label}: must be from {low} to {high}, not {value}</source>
            <translation>[{label}: mûšţ ƀé fŕöm {low} ţö {high}, ñöţ {value} ~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ExerciseBrowser</name>
        <message>
            <source>Exercises</source>
            <translation>[Éxéŕçîšéš ~]</translation>
        </message>
        <message>
            <source>Up and Down choose an exercise; Enter starts it. Each shows its dose and today's count</source>
            <translation>[Ûþ åñð Ðöŵñ çĥööšé åñ éxéŕçîšé; Éñţéŕ šţåŕţš îţ. Éåçĥ šĥöŵš îţš ðöšé åñð ţöðåý'š çöûñţ ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>About this exercise</source>
            <translation>[Åƀöûţ ţĥîš éxéŕçîšé ~~~]</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>[Šţåŕţ ~]</translation>
        </message>
        <message>
            <source>Start a guided session of this exercise (Enter)</source>
            <translation>[Šţåŕţ å ĝûîðéð šéššîöñ öf ţĥîš éxéŕçîšé (Éñţéŕ) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Start a guided session of this exercise (Enter in the list)</source>
            <translation>[Šţåŕţ å ĝûîðéð šéššîöñ öf ţĥîš éxéŕçîšé (Éñţéŕ îñ ţĥé ļîšţ) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Pain right now (optional):</source>
            <translation>[Þåîñ ŕîĝĥţ ñöŵ (öþţîöñåļ): ~~~~~]</translation>
        </message>
        <message>
            <source>Rate your foot pain before you start; it goes into your log</source>
            <translation>[Ŕåţé ýöûŕ fööţ þåîñ ƀéföŕé ýöû šţåŕţ; îţ ĝöéš îñţö ýöûŕ ļöĝ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Exercise details</source>
            <translation>[Éxéŕçîšé ðéţåîļš ~~]</translation>
        </message>
        <message>
            <source>What the exercise is for and how to do it; arrows scroll</source>
            <translation>[Ŵĥåţ ţĥé éxéŕçîšé îš föŕ åñð ĥöŵ ţö ðö îţ; åŕŕöŵš šçŕöļļ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Start {exercise}</source>
            <translation>[Šţåŕţ {exercise} ~~]</translation>
        </message>
    </context>
    <context>
        <name>ExportText</name>
        <message>
            <source>No file was named to export to</source>
            <translation>[Ñö fîļé ŵåš ñåméð ţö éxþöŕţ ţö ~~~~~~]</translation>
        </message>
        <message>
            <source>{path} is in Footcare's data folder {folder}, beside your session history; choose a file in another folder</source>
            <translation>[{path} îš îñ Fööţçåŕé'š ðåţå föļðéŕ {folder}, ƀéšîðé ýöûŕ šéššîöñ ĥîšţöŕý; çĥööšé å fîļé îñ åñöţĥéŕ föļðéŕ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} is your session history itself, from its data folder</source>
            <translation>[{path} îš ýöûŕ šéššîöñ ĥîšţöŕý îţšéļf, fŕöm îţš ðåţå föļðéŕ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} is not a regular file</source>
            <translation>[{path} îš ñöţ å ŕéĝûļåŕ fîļé ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>FigureText</name>
        <message>
            <source>Starting position</source>
            <translation>[Šţåŕţîñĝ þöšîţîöñ ~~~]</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>[Šţéþ {number} ~]</translation>
        </message>
        <message>
            <source>Steps {first} to {last}</source>
            <translation>[Šţéþš {first} ţö {last} ~~~~]</translation>
        </message>
        <message>
            <source>Picture: {caption}</source>
            <translation>[Þîçţûŕé: {caption} ~~~]</translation>
        </message>
    </context>
    <context>
        <name>FigureView</name>
        <message>
            <source>Picture of the exercise</source>
            <translation>[Þîçţûŕé öf ţĥé éxéŕçîšé ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>Right foot</source>
            <translation>[Ŕîĝĥţ fööţ ~]</translation>
        </message>
        <message>
            <source>Left foot</source>
            <translation>[Ļéfţ fööţ ~]</translation>
        </message>
        <message>
            <source>Both feet</source>
            <translation>[ßöţĥ fééţ ~]</translation>
        </message>
        <message>
            <source>Painful foot</source>
            <translation>[Þåîñfûļ fööţ ~]</translation>
        </message>
        <message>
            <source>Standing upright facing a wall, an arm's length away, both hands flat on the wall.</source>
            <extracomment>picture calf-stretch/start</extracomment>
            <translation>[Šţåñðîñĝ ûþŕîĝĥţ fåçîñĝ å ŵåļļ, åñ åŕm'š ļéñĝţĥ åŵåý, ƀöţĥ ĥåñðš fļåţ öñ ţĥé ŵåļļ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Facing the wall with hands on it: one foot forward, the working foot back.</source>
            <extracomment>picture calf-stretch/step</extracomment>
            <translation>[Fåçîñĝ ţĥé ŵåļļ ŵîţĥ ĥåñðš öñ îţ: öñé fööţ föŕŵåŕð, ţĥé ŵöŕķîñĝ fööţ ƀåçķ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Leaning into the wall: the back leg straight with its heel on the floor, the front knee bent; the stretch is in the back calf.</source>
            <extracomment>picture calf-stretch/lean</extracomment>
            <translation>[Ļéåñîñĝ îñţö ţĥé ŵåļļ: ţĥé ƀåçķ ļéĝ šţŕåîĝĥţ ŵîţĥ îţš ĥééļ öñ ţĥé fļööŕ, ţĥé fŕöñţ ķñéé ƀéñţ; ţĥé šţŕéţçĥ îš îñ ţĥé ƀåçķ çåļf. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Standing on a step with the balls of both feet on its edge and the heels over it, a hand on the rail.</source>
            <extracomment>picture achilles-stretch/level</extracomment>
            <translation>[Šţåñðîñĝ öñ å šţéþ ŵîţĥ ţĥé ƀåļļš öf ƀöţĥ fééţ öñ îţš éðĝé åñð ţĥé ĥééļš övéŕ îţ, å ĥåñð öñ ţĥé ŕåîļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>On the step edge with both heels lowered below it: the back of the ankles stretches.</source>
            <extracomment>picture achilles-stretch/heels_down</extracomment>
            <translation>[Öñ ţĥé šţéþ éðĝé ŵîţĥ ƀöţĥ ĥééļš ļöŵéŕéð ƀéļöŵ îţ: ţĥé ƀåçķ öf ţĥé åñķļéš šţŕéţçĥéš. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>On the step edge, risen high onto the toes of both feet, heels lifted.</source>
            <extracomment>picture achilles-stretch/toes_up</extracomment>
            <translation>[Öñ ţĥé šţéþ éðĝé, ŕîšéñ ĥîĝĥ öñţö ţĥé ţöéš öf ƀöţĥ fééţ, ĥééļš ļîfţéð. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sitting on a chair, seen from the front: the working foot crossed over the other knee, its ankle resting there.</source>
            <extracomment>picture ankle-extension/start</extracomment>
            <translation>[Šîţţîñĝ öñ å çĥåîŕ, šééñ fŕöm ţĥé fŕöñţ: ţĥé ŵöŕķîñĝ fööţ çŕöššéð övéŕ ţĥé öţĥéŕ ķñéé, îţš åñķļé ŕéšţîñĝ ţĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sitting with the foot crossed over the knee: the hand on the same side as that foot holds its ankle; the other hand rests.</source>
            <extracomment>picture ankle-extension/ankle_hold</extracomment>
            <translation>[Šîţţîñĝ ŵîţĥ ţĥé fööţ çŕöššéð övéŕ ţĥé ķñéé: ţĥé ĥåñð öñ ţĥé šåmé šîðé åš ţĥåţ fööţ ĥöļðš îţš åñķļé; ţĥé öţĥéŕ ĥåñð ŕéšţš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sitting with the foot crossed over the knee: the same-side hand holds the ankle, the other hand takes hold of the toes.</source>
            <extracomment>picture ankle-extension/grip</extracomment>
            <translation>[Šîţţîñĝ ŵîţĥ ţĥé fööţ çŕöššéð övéŕ ţĥé ķñéé: ţĥé šåmé-šîðé ĥåñð ĥöļðš ţĥé åñķļé, ţĥé öţĥéŕ ĥåñð ţåķéš ĥöļð öf ţĥé ţöéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sitting with the foot crossed over the knee: the same-side hand holds the ankle, the other hand pulls the toes back towards you.</source>
            <extracomment>picture ankle-extension/pull</extracomment>
            <translation>[Šîţţîñĝ ŵîţĥ ţĥé fööţ çŕöššéð övéŕ ţĥé ķñéé: ţĥé šåmé-šîðé ĥåñð ĥöļðš ţĥé åñķļé, ţĥé öţĥéŕ ĥåñð þûļļš ţĥé ţöéš ƀåçķ ţöŵåŕðš ýöû. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sitting with the foot crossed over the knee: the opposite hand reaches across and holds the ankle; the same-side hand rests.</source>
            <extracomment>picture ankle-flexion/ankle_hold</extracomment>
            <translation>[Šîţţîñĝ ŵîţĥ ţĥé fööţ çŕöššéð övéŕ ţĥé ķñéé: ţĥé öþþöšîţé ĥåñð ŕéåçĥéš åçŕöšš åñð ĥöļðš ţĥé åñķļé; ţĥé šåmé-šîðé ĥåñð ŕéšţš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sitting with the foot crossed over the knee: the opposite hand holds the ankle, the same-side hand reaches across to the toes.</source>
            <extracomment>picture ankle-flexion/grip</extracomment>
            <translation>[Šîţţîñĝ ŵîţĥ ţĥé fööţ çŕöššéð övéŕ ţĥé ķñéé: ţĥé öþþöšîţé ĥåñð ĥöļðš ţĥé åñķļé, ţĥé šåmé-šîðé ĥåñð ŕéåçĥéš åçŕöšš ţö ţĥé ţöéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sitting with the foot crossed over the knee: the opposite hand holds the ankle, the same-side hand presses the toes in, curling them and the foot down, the other way from the ankle extension.</source>
            <extracomment>picture ankle-flexion/press</extracomment>
            <translation>[Šîţţîñĝ ŵîţĥ ţĥé fööţ çŕöššéð övéŕ ţĥé ķñéé: ţĥé öþþöšîţé ĥåñð ĥöļðš ţĥé åñķļé, ţĥé šåmé-šîðé ĥåñð þŕéššéš ţĥé ţöéš îñ, çûŕļîñĝ ţĥém åñð ţĥé fööţ ðöŵñ, ţĥé öţĥéŕ ŵåý fŕöm ţĥé åñķļé éxţéñšîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Standing barefoot, feet hip-width apart, toes flat on the floor.</source>
            <extracomment>picture toe-pulling/stand</extracomment>
            <translation>[Šţåñðîñĝ ƀåŕéfööţ, fééţ ĥîþ-ŵîðţĥ åþåŕţ, ţöéš fļåţ öñ ţĥé fļööŕ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Standing: the toes of the working foot curl under and grip the floor.</source>
            <extracomment>picture toe-pulling/curl</extracomment>
            <translation>[Šţåñðîñĝ: ţĥé ţöéš öf ţĥé ŵöŕķîñĝ fööţ çûŕļ ûñðéŕ åñð ĝŕîþ ţĥé fļööŕ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Standing: the curled toes grip the floor and pull the working foot forward along it.</source>
            <extracomment>picture toe-pulling/pull</extracomment>
            <translation>[Šţåñðîñĝ: ţĥé çûŕļéð ţöéš ĝŕîþ ţĥé fļööŕ åñð þûļļ ţĥé ŵöŕķîñĝ fööţ föŕŵåŕð åļöñĝ îţ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>FootcareTray</name>
        <message>
            <source>Start routine</source>
            <translation>[Šţåŕţ ŕöûţîñé ~]</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>[Þåûšé ~]</translation>
        </message>
        <message>
            <source>Show Footcare</source>
            <translation>[Šĥöŵ Fööţçåŕé ~]</translation>
        </message>
        <message>
            <source>Quit Footcare</source>
            <translation>[Qûîţ Fööţçåŕé ~]</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>[Ŕéšûmé ~]</translation>
        </message>
    </context>
    <context>
        <name>GoalScore</name>
        <message>
            <source>not rated</source>
            <translation>[ñöţ ŕåţéð ~]</translation>
        </message>
        <message>
            <source>0 means unable to do it, 10 as well as before the foot problem</source>
            <translation>[0 méåñš ûñåƀļé ţö ðö îţ, 10 åš ŵéļļ åš ƀéföŕé ţĥé fööţ þŕöƀļém ~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>GoalsDialog</name>
        <message>
            <source>Your goals</source>
            <translation>[Ýöûŕ ĝöåļš ~]</translation>
        </message>
        <message>
            <source>Name up to three activities your foot makes hard, e.g. “walking to the shops” or “standing at work”, and rate how well you can do each now: 0 = unable, 10 = as well as before the problem. Footcare asks again once a week.</source>
            <translation>[Ñåmé ûþ ţö ţĥŕéé åçţîvîţîéš ýöûŕ fööţ måķéš ĥåŕð, é.ĝ. “ŵåļķîñĝ ţö ţĥé šĥöþš” öŕ “šţåñðîñĝ åţ ŵöŕķ”, åñð ŕåţé ĥöŵ ŵéļļ ýöû çåñ ðö éåçĥ ñöŵ: 0 = ûñåƀļé, 10 = åš ŵéļļ åš ƀéföŕé ţĥé þŕöƀļém. Fööţçåŕé åšķš åĝåîñ öñçé å ŵééķ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>[Åçţîvîţý ~]</translation>
        </message>
        <message>
            <source>Now (0-10)</source>
            <translation>[Ñöŵ (0-10) ~]</translation>
        </message>
        <message>
            <source>Last time</source>
            <translation>[Ļåšţ ţîmé ~]</translation>
        </message>
        <message>
            <source>Activity {number}</source>
            <translation>[Åçţîvîţý {number} ~~~]</translation>
        </message>
        <message>
            <source>An activity (optional)</source>
            <translation>[Åñ åçţîvîţý (öþţîöñåļ) ~~~~]</translation>
        </message>
        <message>
            <source>Rating of activity {number}</source>
            <translation>[Ŕåţîñĝ öf åçţîvîţý {number} ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>HandoutText</name>
        <message>
            <source>Cannot write the exercise sheet to {path}: {reason}</source>
            <translation>[Çåññöţ ŵŕîţé ţĥé éxéŕçîšé šĥééţ ţö {path}: {reason} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Home exercise programme</source>
            <translation>[Ĥömé éxéŕçîšé þŕöĝŕåmmé ~~~~]</translation>
        </message>
        <message>
            <source>Made on {date} by Footcare {version}.</source>
            <translation>[Måðé öñ {date} ƀý Fööţçåŕé {version}. ~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s), in this order.</source>
            <translation>
                <numerusform>[%n éxéŕçîšé, îñ ţĥîš öŕðéŕ. ~~~~~~]</numerusform>
                <numerusform>[%n éxéŕçîšéš, îñ ţĥîš öŕðéŕ. ~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{number}. {exercise}</source>
            <translation>[{number}. {exercise} ~~~]</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>[Šţéþš: ~]</translation>
        </message>
        <message>
            <source>Your dose:</source>
            <translation>[Ýöûŕ ðöšé: ~]</translation>
        </message>
        <message>
            <source>Starting position:</source>
            <translation>[Šţåŕţîñĝ þöšîţîöñ: ~~~]</translation>
        </message>
        <message>
            <source>Progression:</source>
            <translation>[Þŕöĝŕéššîöñ: ~]</translation>
        </message>
        <message>
            <source>Caution:</source>
            <translation>[Çåûţîöñ: ~]</translation>
        </message>
    </context>
    <context>
        <name>HistoryExportText</name>
        <message numerus="yes">
            <source>Exported %n session(s) to {path}</source>
            <translation>
                <numerusform>[Éxþöŕţéð %n šéššîöñ ţö {path} ~~~~~~]</numerusform>
                <numerusform>[Éxþöŕţéð %n šéššîöñš ţö {path} ~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved the report for the last %n week(s) to {path}</source>
            <translation>
                <numerusform>[Šåvéð ţĥé ŕéþöŕţ föŕ ţĥé ļåšţ %n ŵééķ ţö {path} ~~~~~~~~~~~~]</numerusform>
                <numerusform>[Šåvéð ţĥé ŕéþöŕţ föŕ ţĥé ļåšţ %n ŵééķš ţö {path} ~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryExports</name>
        <message>
            <source>Export sessions</source>
            <translation>[Éxþöŕţ šéššîöñš ~~]</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>[ÇŠV fîļéš (*.çšv) ~~~]</translation>
        </message>
        <message>
            <source>Export for your clinic (FHIR)</source>
            <translation>[Éxþöŕţ föŕ ýöûŕ çļîñîç (FĤÎŔ) ~~~~~~]</translation>
        </message>
        <message>
            <source>FHIR JSON files (*.json)</source>
            <translation>[FĤÎŔ ĴŠÖÑ fîļéš (*.ĵšöñ) ~~~~~]</translation>
        </message>
        <message>
            <source>Saved the FHIR export to {path}</source>
            <translation>[Šåvéð ţĥé FĤÎŔ éxþöŕţ ţö {path} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>[Éxþöŕţ fåîļéð ~]</translation>
        </message>
        <message>
            <source>Could not write {path}: {error}</source>
            <translation>[Çöûļð ñöţ ŵŕîţé {path}: {error} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>[Šåvé ŕéþöŕţ ~]</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>[ÞÐF fîļéš (*.þðf) ~~~]</translation>
        </message>
        <message>
            <source>Report failed</source>
            <translation>[Ŕéþöŕţ fåîļéð ~]</translation>
        </message>
    </context>
    <context>
        <name>HistoryText</name>
        <message>
            <source>Date</source>
            <translation>[Ðåţé ~]</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>[Éxéŕçîšé ~]</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>[Öûţçömé ~]</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>[Ŕéþš ~]</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>[Åçţîvé ~]</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>[Þåîñ ƀéföŕé ~]</translation>
        </message>
        <message>
            <source>Pain after</source>
            <translation>[Þåîñ åfţéŕ ~]</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>[Ñöţé ~]</translation>
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>[Ļåšţ %n ŵééķ ~]</numerusform>
                <numerusform>[Ļåšţ %n ŵééķš ~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) from {first} to {last} ({finished} finished, {partly} partly done)</source>
            <translation>
                <numerusform>[%n šéššîöñ fŕöm {first} ţö {last} ({finished} fîñîšĥéð, {partly} þåŕţļý ðöñé) ~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n šéššîöñš fŕöm {first} ţö {last} ({finished} fîñîšĥéð, {partly} þåŕţļý ðöñé) ~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>History</source>
            <translation>[Ĥîšţöŕý ~]</translation>
        </message>
        <message>
            <source>Period shown</source>
            <translation>[Þéŕîöð šĥöŵñ ~]</translation>
        </message>
        <message>
            <source>How many weeks the charts and table show</source>
            <translation>[Ĥöŵ måñý ŵééķš ţĥé çĥåŕţš åñð ţåƀļé šĥöŵ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>[Éxþöŕţ ÇŠV… ~]</translation>
        </message>
        <message>
            <source>Save every session as a spreadsheet file</source>
            <translation>[Šåvé évéŕý šéššîöñ åš å šþŕéåðšĥééţ fîļé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Report for physio (PDF)…</source>
            <translation>[Ŕéþöŕţ föŕ þĥýšîö (ÞÐF)… ~~~~~]</translation>
        </message>
        <message>
            <source>Adherence, charts, pain trend and notes for this period</source>
            <translation>[Åðĥéŕéñçé, çĥåŕţš, þåîñ ţŕéñð åñð ñöţéš föŕ ţĥîš þéŕîöð ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Back to exercises</source>
            <translation>[ßåçķ ţö éxéŕçîšéš ~~~]</translation>
        </message>
        <message>
            <source>Return to the exercise list (Esc)</source>
            <translation>[Ŕéţûŕñ ţö ţĥé éxéŕçîšé ļîšţ (Éšç) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Sessions per day</source>
            <translation>[Šéššîöñš þéŕ ðåý ~~]</translation>
        </message>
        <message>
            <source>Pain before and after sessions</source>
            <translation>[Þåîñ ƀéföŕé åñð åfţéŕ šéššîöñš ~~~~~~]</translation>
        </message>
        <message>
            <source>The history could not be read. {error}</source>
            <translation>[Ţĥé ĥîšţöŕý çöûļð ñöţ ƀé ŕéåð. {error} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your doses:</source>
            <translation>[Ýöûŕ ðöšéš: ~]</translation>
        </message>
    </context>
    <context>
        <name>IdleText</name>
        <message>
            <source>Footcare: {exercise} session running</source>
            <translation>[Fööţçåŕé: {exercise} šéššîöñ ŕûññîñĝ ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>LivePage</name>
        <message>
            <source>Time left in the session</source>
            <translation>[Ţîmé ļéfţ îñ ţĥé šéššîöñ ~~~~~]</translation>
        </message>
        <message>
            <source>Session progress</source>
            <translation>[Šéššîöñ þŕöĝŕéšš ~~]</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>[Ĝöţ îţ ~]</translation>
        </message>
        <message>
            <source>Hide this note for future sessions (it stays under Help)</source>
            <translation>[Ĥîðé ţĥîš ñöţé föŕ fûţûŕé šéššîöñš (îţ šţåýš ûñðéŕ Ĥéļþ) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hide the safety note for future sessions; it stays under Help</source>
            <translation>[Ĥîðé ţĥé šåféţý ñöţé föŕ fûţûŕé šéššîöñš; îţ šţåýš ûñðéŕ Ĥéļþ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>[ßåçķ ~]</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>[Šķîþ ~]</translation>
        </message>
        <message>
            <source>Go back to the previous step (Left)</source>
            <translation>[Ĝö ƀåçķ ţö ţĥé þŕévîöûš šţéþ (Ļéfţ) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>[Þåûšé ~]</translation>
        </message>
        <message>
            <source>Pause the timer (Space)</source>
            <translation>[Þåûšé ţĥé ţîméŕ (Šþåçé) ~~~~]</translation>
        </message>
        <message>
            <source>Skip to the next step (Right)</source>
            <translation>[Šķîþ ţö ţĥé ñéxţ šţéþ (Ŕîĝĥţ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>[Šţöþ ~]</translation>
        </message>
        <message>
            <source>Stop the session (Esc)</source>
            <translation>[Šţöþ ţĥé šéššîöñ (Éšç) ~~~~]</translation>
        </message>
        <message>
            <source>Previous exercise</source>
            <translation>[Þŕévîöûš éxéŕçîšé ~~~]</translation>
        </message>
        <message>
            <source>Next exercise</source>
            <translation>[Ñéxţ éxéŕçîšé ~]</translation>
        </message>
        <message>
            <source>Start this exercise again, or go to the one before (Shift+Left)</source>
            <translation>[Šţåŕţ ţĥîš éxéŕçîšé åĝåîñ, öŕ ĝö ţö ţĥé öñé ƀéföŕé (Šĥîfţ+Ļéfţ) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Skip the rest of this exercise (Shift+Right)</source>
            <translation>[Šķîþ ţĥé ŕéšţ öf ţĥîš éxéŕçîšé (Šĥîfţ+Ŕîĝĥţ) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>[Fûļļ šçŕééñ ~]</translation>
        </message>
        <message>
            <source>Fill the screen, to read it from across the room (F11)</source>
            <translation>[Fîļļ ţĥé šçŕééñ, ţö ŕéåð îţ fŕöm åçŕöšš ţĥé ŕööm (F11) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>[Mûţé ~]</translation>
        </message>
        <message>
            <source>Turn the sounds off (M)</source>
            <translation>[Ţûŕñ ţĥé šöûñðš öff (M) ~~~~]</translation>
        </message>
        <message>
            <source>Your dose: {dose}</source>
            <translation>[Ýöûŕ ðöšé: {dose} ~~~]</translation>
        </message>
        <message>
            <source>Unmute</source>
            <translation>[Ûñmûţé ~]</translation>
        </message>
        <message>
            <source>Turn the sounds on (M)</source>
            <translation>[Ţûŕñ ţĥé šöûñðš öñ (M) ~~~~]</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>[Ļéåvé fûļļ šçŕééñ ~~~]</translation>
        </message>
        <message>
            <source>Back to the window (F11 or Esc)</source>
            <translation>[ßåçķ ţö ţĥé ŵîñðöŵ (F11 öŕ Éšç) ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The exercises and their doses follow a public patient-information text on metatarsalgia; the instructions are written in Footcare's own words.</source>
            <translation>[Ţĥé éxéŕçîšéš åñð ţĥéîŕ ðöšéš föļļöŵ å þûƀļîç þåţîéñţ-îñföŕmåţîöñ ţéxţ öñ méţåţåŕšåļĝîå; ţĥé îñšţŕûçţîöñš åŕé ŵŕîţţéñ îñ Fööţçåŕé'š öŵñ ŵöŕðš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Footcare is free software under the MIT licence.</source>
            <translation>[Fööţçåŕé îš fŕéé šöfţŵåŕé ûñðéŕ ţĥé MÎŢ ļîçéñçé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Footcare {version}&lt;/h3&gt;&lt;p&gt;Counts the seconds of your foot exercises so you don't have to.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exercises:&lt;/b&gt; {source}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safety:&lt;/b&gt; {safety}&lt;/p&gt;&lt;p&gt;{licence}&lt;/p&gt;</source>
            <translation>[&lt;h3&gt;Fööţçåŕé {version}&lt;/h3&gt;&lt;p&gt;Çöûñţš ţĥé šéçöñðš öf ýöûŕ fööţ éxéŕçîšéš šö ýöû ðöñ'ţ ĥåvé ţö.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Éxéŕçîšéš:&lt;/b&gt; {source}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Šåféţý:&lt;/b&gt; {safety}&lt;/p&gt;&lt;p&gt;{licence}&lt;/p&gt; ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{app} — {title}</source>
            <translation>[{app} — {title} ~~]</translation>
        </message>
        <message>
            <source>History</source>
            <translation>[Ĥîšţöŕý ~]</translation>
        </message>
    </context>
    <context>
        <name>MenuText</name>
        <message>
            <source>&amp;File</source>
            <translation>[&amp;Fîļé ~]</translation>
        </message>
        <message>
            <source>Start &amp;routine</source>
            <translation>[Šţåŕţ &amp;ŕöûţîñé ~~]</translation>
        </message>
        <message>
            <source>Routines and &amp;doses…</source>
            <translation>[Ŕöûţîñéš åñð &amp;ðöšéš… ~~~]</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>[&amp;Ĥîšţöŕý… ~]</translation>
        </message>
        <message>
            <source>Your &amp;goals…</source>
            <translation>[Ýöûŕ &amp;ĝöåļš… ~]</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>[&amp;Þŕéféŕéñçéš… ~]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>[&amp;Qûîţ ~]</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>[&amp;Ĥéļþ ~]</translation>
        </message>
        <message>
            <source>&amp;Welcome and first choices…</source>
            <translation>[&amp;Ŵéļçömé åñð fîŕšţ çĥöîçéš… ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Safety note</source>
            <translation>[&amp;Šåféţý ñöţé ~]</translation>
        </message>
        <message>
            <source>&amp;About Footcare</source>
            <translation>[&amp;Åƀöûţ Fööţçåŕé ~~]</translation>
        </message>
    </context>
    <context>
        <name>NamesText</name>
        <message>
            <source>holds the invisible control character {code}</source>
            <translation>[ĥöļðš ţĥé îñvîšîƀļé çöñţŕöļ çĥåŕåçţéŕ {code} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>has no visible character</source>
            <translation>[ĥåš ñö vîšîƀļé çĥåŕåçţéŕ ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>OutcomeChartsText</name>
        <message>
            <source>Morning pain, first steps (0–10)</source>
            <translation>[Möŕñîñĝ þåîñ, fîŕšţ šţéþš (0–10) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Your goals (0 unable – 10 as before)</source>
            <translation>[Ýöûŕ ĝöåļš (0 ûñåƀļé – 10 åš ƀéföŕé) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Morning pain</source>
            <translation>[Möŕñîñĝ þåîñ ~]</translation>
        </message>
        <message>
            <source>No morning checks in this period</source>
            <translation>[Ñö möŕñîñĝ çĥéçķš îñ ţĥîš þéŕîöð ~~~~~~~]</translation>
        </message>
        <message>
            <source>No goal ratings in this period</source>
            <translation>[Ñö ĝöåļ ŕåţîñĝš îñ ţĥîš þéŕîöð ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>OutcomeQuestions</name>
        <message>
            <source>Thank you, your answers are saved.</source>
            <translation>[Ţĥåñķ ýöû, ýöûŕ åñšŵéŕš åŕé šåvéð. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your goals</source>
            <translation>[Ýöûŕ ĝöåļš ~]</translation>
        </message>
    </context>
    <context>
        <name>OutcomeText</name>
        <message>
            <source>meaningful improvement</source>
            <translation>[méåñîñĝfûļ îmþŕövéméñţ ~~~~]</translation>
        </message>
        <message>
            <source>meaningful worsening</source>
            <translation>[méåñîñĝfûļ ŵöŕšéñîñĝ ~~~]</translation>
        </message>
        <message>
            <source>no meaningful change</source>
            <translation>[ñö méåñîñĝfûļ çĥåñĝé ~~~]</translation>
        </message>
        <message>
            <source>too early to tell</source>
            <translation>[ţöö éåŕļý ţö ţéļļ ~~~]</translation>
        </message>
        <message>
            <source>.</source>
            <comment>decimal mark</comment>
            <extracomment>The decimal mark of the user's language: "." in English, "," in German.</extracomment>
            <translation>[. ~]</translation>
        </message>
        <message>
            <source>No ratings yet.</source>
            <translation>[Ñö ŕåţîñĝš ýéţ. ~~]</translation>
        </message>
        <message>
            <source>{first} in the first week; too early to tell a change.</source>
            <translation>[{first} îñ ţĥé fîŕšţ ŵééķ; ţöö éåŕļý ţö ţéļļ å çĥåñĝé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{first} in the first week, {latest} in the latest ({change}): {verdict}.</source>
            <translation>[{first} îñ ţĥé fîŕšţ ŵééķ, {latest} îñ ţĥé ļåţéšţ ({change}): {verdict}. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>For pain, a fall of {points} points or {percent} % from the first week counts as clinically meaningful ({source}).</source>
            <translation>[Föŕ þåîñ, å fåļļ öf {points} þöîñţš öŕ {percent} % fŕöm ţĥé fîŕšţ ŵééķ çöûñţš åš çļîñîçåļļý méåñîñĝfûļ ({source}). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>For a goal (Patient-Specific Functional Scale), a change of about {points} points counts as clinically meaningful ({source}).</source>
            <translation>[Föŕ å ĝöåļ (Þåţîéñţ-Šþéçîfîç Fûñçţîöñåļ Šçåļé), å çĥåñĝé öf åƀöûţ {points} þöîñţš çöûñţš åš çļîñîçåļļý méåñîñĝfûļ ({source}). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>[Fîñîšĥéð ~]</translation>
        </message>
        <message>
            <source>Partly done</source>
            <translation>[Þåŕţļý ðöñé ~]</translation>
        </message>
        <message>
            <source>Nothing done</source>
            <translation>[Ñöţĥîñĝ ðöñé ~]</translation>
        </message>
    </context>
    <context>
        <name>OutcomeWords</name>
        <message>
            <source>Easy</source>
            <translation>[Éåšý ~]</translation>
        </message>
        <message>
            <source>About right</source>
            <translation>[Åƀöûţ ŕîĝĥţ ~]</translation>
        </message>
        <message>
            <source>Too hard</source>
            <translation>[Ţöö ĥåŕð ~]</translation>
        </message>
        <message>
            <source>No time</source>
            <translation>[Ñö ţîmé ~]</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>[Þåîñ ~]</translation>
        </message>
        <message>
            <source>Forgot</source>
            <translation>[Föŕĝöţ ~]</translation>
        </message>
        <message>
            <source>Felt unwell</source>
            <translation>[Féļţ ûñŵéļļ ~]</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>[Öţĥéŕ ~]</translation>
        </message>
    </context>
    <context>
        <name>OutcomesPageText</name>
        <message>
            <source>Outcomes</source>
            <translation>[Öûţçöméš ~]</translation>
        </message>
        <message>
            <source>What the patient reported beside the sessions. Changes compare the first week of ratings with the latest week.</source>
            <translation>[Ŵĥåţ ţĥé þåţîéñţ ŕéþöŕţéð ƀéšîðé ţĥé šéššîöñš. Çĥåñĝéš çömþåŕé ţĥé fîŕšţ ŵééķ öf ŕåţîñĝš ŵîţĥ ţĥé ļåţéšţ ŵééķ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Morning pain on the first steps (0-10)</source>
            <translation>[Möŕñîñĝ þåîñ öñ ţĥé fîŕšţ šţéþš (0-10) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No morning checks recorded.</source>
            <translation>[Ñö möŕñîñĝ çĥéçķš ŕéçöŕðéð. ~~~~~~]</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>[{first} ţö {last} ~~~]</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>[Ŵééķ ~]</translation>
        </message>
        <message>
            <source>Mornings rated</source>
            <translation>[Möŕñîñĝš ŕåţéð ~~]</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>[Åvéŕåĝé ~]</translation>
        </message>
        <message>
            <source>Lowest–highest</source>
            <translation>[Ļöŵéšţ–ĥîĝĥéšţ ~~]</translation>
        </message>
        <message>
            <source>Change: {change}</source>
            <translation>[Çĥåñĝé: {change} ~~]</translation>
        </message>
        <message>
            <source>Goals (Patient-Specific Functional Scale, 0-10)</source>
            <translation>[Ĝöåļš (Þåţîéñţ-Šþéçîfîç Fûñçţîöñåļ Šçåļé, 0-10) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No goals set.</source>
            <translation>[Ñö ĝöåļš šéţ. ~]</translation>
        </message>
        <message>
            <source>{goal} (no longer followed)</source>
            <translation>[{goal} (ñö ļöñĝéŕ föļļöŵéð) ~~~~~~]</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>[Åçţîvîţý ~]</translation>
        </message>
        <message>
            <source>First week</source>
            <translation>[Fîŕšţ ŵééķ ~]</translation>
        </message>
        <message>
            <source>Latest week</source>
            <translation>[Ļåţéšţ ŵééķ ~]</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>[Çĥåñĝé ~]</translation>
        </message>
        <message>
            <source>Meaningful?</source>
            <translation>[Méåñîñĝfûļ? ~]</translation>
        </message>
        <message>
            <source>Why sessions were stopped or missed</source>
            <translation>[Ŵĥý šéššîöñš ŵéŕé šţöþþéð öŕ mîššéð ~~~~~~~~]</translation>
        </message>
        <message>
            <source>No reasons given in this period.</source>
            <translation>[Ñö ŕéåšöñš ĝîvéñ îñ ţĥîš þéŕîöð. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>[Ŕéåšöñ ~]</translation>
        </message>
        <message>
            <source>Sessions stopped early</source>
            <translation>[Šéššîöñš šţöþþéð éåŕļý ~~~~]</translation>
        </message>
        <message>
            <source>Days missed</source>
            <translation>[Ðåýš mîššéð ~]</translation>
        </message>
        <message>
            <source>How hard the sessions felt</source>
            <translation>[Ĥöŵ ĥåŕð ţĥé šéššîöñš féļţ ~~~~~]</translation>
        </message>
        <message>
            <source>No sessions rated in this period.</source>
            <translation>[Ñö šéššîöñš ŕåţéð îñ ţĥîš þéŕîöð. ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>OutcomesPanel</name>
        <message>
            <source>Morning pain</source>
            <translation>[Möŕñîñĝ þåîñ ~]</translation>
        </message>
        <message>
            <source>Your goals</source>
            <translation>[Ýöûŕ ĝöåļš ~]</translation>
        </message>
        <message>
            <source>Goals…</source>
            <translation>[Ĝöåļš… ~]</translation>
        </message>
        <message>
            <source>Name your goals and rate them</source>
            <translation>[Ñåmé ýöûŕ ĝöåļš åñð ŕåţé ţĥém ~~~~~~]</translation>
        </message>
        <message>
            <source>Export FHIR…</source>
            <translation>[Éxþöŕţ FĤÎŔ… ~]</translation>
        </message>
        <message>
            <source>Save your history as an HL7 FHIR file for your clinic's systems</source>
            <translation>[Šåvé ýöûŕ ĥîšţöŕý åš åñ ĤĻ7 FĤÎŔ fîļé föŕ ýöûŕ çļîñîç'š šýšţémš ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Morning pain on {rated} of {days} days</source>
            <translation>[Möŕñîñĝ þåîñ öñ {rated} öf {days} ðåýš ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Goals followed: {count}</source>
            <translation>[Ĝöåļš föļļöŵéð: {count} ~~~~]</translation>
        </message>
        <message>
            <source>Morning pain: {change}</source>
            <translation>[Möŕñîñĝ þåîñ: {change} ~~~~]</translation>
        </message>
        <message>
            <source>{goal}: {change}</source>
            <translation>[{goal}: {change} ~~]</translation>
        </message>
        <message>
            <source>No morning checks or goals yet. Set your goals with “Goals…”; Footcare asks about morning pain when you open it before noon.</source>
            <translation>[Ñö möŕñîñĝ çĥéçķš öŕ ĝöåļš ýéţ. Šéţ ýöûŕ ĝöåļš ŵîţĥ “Ĝöåļš…”; Fööţçåŕé åšķš åƀöûţ möŕñîñĝ þåîñ ŵĥéñ ýöû öþéñ îţ ƀéföŕé ñööñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PainScale</name>
        <message>
            <source>no pain</source>
            <translation>[ñö þåîñ ~]</translation>
        </message>
        <message>
            <source>moderate pain</source>
            <translation>[möðéŕåţé þåîñ ~]</translation>
        </message>
        <message>
            <source>worst pain imaginable</source>
            <translation>[ŵöŕšţ þåîñ îmåĝîñåƀļé ~~~~]</translation>
        </message>
        <message>
            <source>Pain {score} of 10 ({meaning})</source>
            <translation>[Þåîñ {score} öf 10 ({meaning}) ~~~~~~]</translation>
        </message>
        <message>
            <source>Pain {score} of 10</source>
            <translation>[Þåîñ {score} öf 10 ~~~]</translation>
        </message>
        <message>
            <source>{name}; click again to clear</source>
            <translation>[{name}; çļîçķ åĝåîñ ţö çļéåŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>Click to choose; click again to clear</source>
            <translation>[Çļîçķ ţö çĥööšé; çļîçķ åĝåîñ ţö çļéåŕ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>0 is no pain, 10 the worst imaginable. Left, Right or a digit chooses; Delete clears.</source>
            <translation>[0 îš ñö þåîñ, 10 ţĥé ŵöŕšţ îmåĝîñåƀļé. Ļéfţ, Ŕîĝĥţ öŕ å ðîĝîţ çĥööšéš; Ðéļéţé çļéåŕš. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{caption}: not rated</source>
            <translation>[{caption}: ñöţ ŕåţéð ~~~]</translation>
        </message>
        <message>
            <source>{caption}: {value} of 10</source>
            <translation>[{caption}: {value} öf 10 ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PdfText</name>
        <message>
            <source>Footcare report</source>
            <translation>[Fööţçåŕé ŕéþöŕţ ~~]</translation>
        </message>
        <message>
            <source>Foot-rehabilitation exercises from {period}: doses, adherence, pain and notes</source>
            <translation>[Fööţ-ŕéĥåƀîļîţåţîöñ éxéŕçîšéš fŕöm {period}: ðöšéš, åðĥéŕéñçé, þåîñ åñð ñöţéš ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{period} · %n week(s)</source>
            <translation>
                <numerusform>[{period} · %n ŵééķ ~~~]</numerusform>
                <numerusform>[{period} · %n ŵééķš ~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Made on {date} by Footcare {version}.</source>
            <translation>[Måðé öñ {date} ƀý Fööţçåŕé {version}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Pain trend.</source>
            <translation>[Þåîñ ţŕéñð. ~]</translation>
        </message>
        <message>
            <source>Routine and doses</source>
            <translation>[Ŕöûţîñé åñð ðöšéš ~~~]</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>[Éxéŕçîšé ~]</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>[Ðöšé ~]</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) finished (every planned rep done) on {active} of {days} days; {partly} partly done; {nothing} with nothing done.</source>
            <translation>
                <numerusform>[%n šéššîöñ fîñîšĥéð (évéŕý þļåññéð ŕéþ ðöñé) öñ {active} öf {days} ðåýš; {partly} þåŕţļý ðöñé; {nothing} ŵîţĥ ñöţĥîñĝ ðöñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n šéššîöñš fîñîšĥéð (évéŕý þļåññéð ŕéþ ðöñé) öñ {active} öf {days} ðåýš; {partly} þåŕţļý ðöñé; {nothing} ŵîţĥ ñöţĥîñĝ ðöñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{mark} marks a value outside the suggested range, given beside it: "source" is the exercise text's range, "usual" Footcare's where the text gives none or one number.</source>
            <translation>[{mark} måŕķš å våļûé öûţšîðé ţĥé šûĝĝéšţéð ŕåñĝé, ĝîvéñ ƀéšîðé îţ: "šöûŕçé" îš ţĥé éxéŕçîšé ţéxţ'š ŕåñĝé, "ûšûåļ" Fööţçåŕé'š ŵĥéŕé ţĥé ţéxţ ĝîvéš ñöñé öŕ öñé ñûmƀéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>All exercises: %n finished session(s) of a target of {target} ({share}%); {partly} partly done ({reps_done} of {reps_planned} reps).</source>
            <translation>
                <numerusform>[Åļļ éxéŕçîšéš: %n fîñîšĥéð šéššîöñ öf å ţåŕĝéţ öf {target} ({share}%); {partly} þåŕţļý ðöñé ({reps_done} öf {reps_planned} ŕéþš). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Åļļ éxéŕçîšéš: %n fîñîšĥéð šéššîöñš öf å ţåŕĝéţ öf {target} ({share}%); {partly} þåŕţļý ðöñé ({reps_done} öf {reps_planned} ŕéþš). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Done: finished sessions, those with every planned rep done, against the target from {first} (the start of the period, or the first day with a recorded session) to {last}, the day the report was made, which counts in full. Extra sessions on one day do not make up for a missed day. Partly done sessions are listed apart, with the reps done of those planned, and do not count toward the target; sessions with nothing done count for nothing.</source>
            <translation>[Ðöñé: fîñîšĥéð šéššîöñš, ţĥöšé ŵîţĥ évéŕý þļåññéð ŕéþ ðöñé, åĝåîñšţ ţĥé ţåŕĝéţ fŕöm {first} (ţĥé šţåŕţ öf ţĥé þéŕîöð, öŕ ţĥé fîŕšţ ðåý ŵîţĥ å ŕéçöŕðéð šéššîöñ) ţö {last}, ţĥé ðåý ţĥé ŕéþöŕţ ŵåš måðé, ŵĥîçĥ çöûñţš îñ fûļļ. Éxţŕå šéššîöñš öñ öñé ðåý ðö ñöţ måķé ûþ föŕ å mîššéð ðåý. Þåŕţļý ðöñé šéššîöñš åŕé ļîšţéð åþåŕţ, ŵîţĥ ţĥé ŕéþš ðöñé öf ţĥöšé þļåññéð, åñð ðö ñöţ çöûñţ ţöŵåŕð ţĥé ţåŕĝéţ; šéššîöñš ŵîţĥ ñöţĥîñĝ ðöñé çöûñţ föŕ ñöţĥîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Adherence</source>
            <translation>[Åðĥéŕéñçé ~]</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>[Ðöñé ~]</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>[Ţåŕĝéţ ~]</translation>
        </message>
        <message>
            <source>%</source>
            <comment>column of percentages</comment>
            <translation>[% ~]</translation>
        </message>
        <message>
            <source>Partly done</source>
            <translation>[Þåŕţļý ðöñé ~]</translation>
        </message>
        <message>
            <source>{sessions} ({done}/{planned} reps)</source>
            <translation>[{sessions} ({done}/{planned} ŕéþš) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Session notes</source>
            <translation>[Šéššîöñ ñöţéš ~]</translation>
        </message>
        <message>
            <source>No notes in this period.</source>
            <translation>[Ñö ñöţéš îñ ţĥîš þéŕîöð. ~~~~~]</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>[Ðåţé ~]</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>[Þåîñ ~]</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>[Ñöţé ~]</translation>
        </message>
        <message>
            <source>Cannot write the report to {path}: {reason}</source>
            <translation>[Çåññöţ ŵŕîţé ţĥé ŕéþöŕţ ţö {path}: {reason} ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PlanText</name>
        <message>
            <source>left foot</source>
            <translation>[ļéfţ fööţ ~]</translation>
        </message>
        <message>
            <source>right foot</source>
            <translation>[ŕîĝĥţ fööţ ~]</translation>
        </message>
        <message>
            <source>painful foot</source>
            <translation>[þåîñfûļ fööţ ~]</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>[Ĝéţ ŕéåðý ~]</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>[Ŕéšţ ~]</translation>
        </message>
        <message>
            <source>Rest before set {set} of {sets}. Let the foot relax.</source>
            <translation>[Ŕéšţ ƀéföŕé šéţ {set} öf {sets}. Ļéţ ţĥé fööţ ŕéļåx. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>[Ŕöûţîñé ~]</translation>
        </message>
        <message>
            <source>routine '{name}' has no exercises</source>
            <translation>[ŕöûţîñé '{name}' ĥåš ñö éxéŕçîšéš ~~~~~~~]</translation>
        </message>
        <message>
            <source>{position} First: {first_step}</source>
            <translation>[{position} Fîŕšţ: {first_step} ~~~~~~]</translation>
        </message>
        <message>
            <source>Next: {exercise}</source>
            <translation>[Ñéxţ: {exercise} ~~]</translation>
        </message>
        <message>
            <source>{position} Working foot: your left foot.</source>
            <translation>[{position} Ŵöŕķîñĝ fööţ: ýöûŕ ļéfţ fööţ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{position} Working foot: your right foot.</source>
            <translation>[{position} Ŵöŕķîñĝ fööţ: ýöûŕ ŕîĝĥţ fööţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{position} Working foot: your painful foot.</source>
            <translation>[{position} Ŵöŕķîñĝ fööţ: ýöûŕ þåîñfûļ fööţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Switch</source>
            <translation>[Šŵîţçĥ ~]</translation>
        </message>
        <message>
            <source>Switch to your left foot</source>
            <translation>[Šŵîţçĥ ţö ýöûŕ ļéfţ fööţ ~~~~~]</translation>
        </message>
        <message>
            <source>Switch to your right foot</source>
            <translation>[Šŵîţçĥ ţö ýöûŕ ŕîĝĥţ fööţ ~~~~~]</translation>
        </message>
        <message>
            <source>Switch to your painful foot</source>
            <translation>[Šŵîţçĥ ţö ýöûŕ þåîñfûļ fööţ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>System default (follows headphones when plugged in)</source>
            <translation>[Šýšţém ðéfåûļţ (föļļöŵš ĥéåðþĥöñéš ŵĥéñ þļûĝĝéð îñ) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Left foot</source>
            <translation>[Ļéfţ fööţ ~]</translation>
        </message>
        <message>
            <source>Right foot</source>
            <translation>[Ŕîĝĥţ fööţ ~]</translation>
        </message>
        <message>
            <source>System</source>
            <translation>[Šýšţém ~]</translation>
        </message>
        <message>
            <source>Footcare Preferences</source>
            <translation>[Fööţçåŕé Þŕéféŕéñçéš ~~~]</translation>
        </message>
        <message>
            <source>Play tones at each step and in the last seconds of a countdown</source>
            <translation>[Þļåý ţöñéš åţ éåçĥ šţéþ åñð îñ ţĥé ļåšţ šéçöñðš öf å çöûñţðöŵñ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A tone at each new step and for the last seconds</source>
            <translation>[Å ţöñé åţ éåçĥ ñéŵ šţéþ åñð föŕ ţĥé ļåšţ šéçöñðš ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Speak the prompts (“Hold, rep 3 of 8”)</source>
            <translation>[Šþéåķ ţĥé þŕömþţš (“Ĥöļð, ŕéþ 3 öf 8”) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A voice says each step, its rep and its foot</source>
            <translation>[Å vöîçé šåýš éåçĥ šţéþ, îţš ŕéþ åñð îţš fööţ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>[Vöļûmé ~]</translation>
        </message>
        <message>
            <source>Loudness of the tones and the voice, 0 to 100 %</source>
            <translation>[Ļöûðñéšš öf ţĥé ţöñéš åñð ţĥé vöîçé, 0 ţö 100 % ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Output device</source>
            <translation>[Öûţþûţ ðévîçé ~]</translation>
        </message>
        <message>
            <source>Where the sounds play</source>
            <translation>[Ŵĥéŕé ţĥé šöûñðš þļåý ~~~~]</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>[Ţéšţ šöûñð ~]</translation>
        </message>
        <message>
            <source>Play each cue in turn: go, relax, tick, switch feet, done</source>
            <translation>[Þļåý éåçĥ çûé îñ ţûŕñ: ĝö, ŕéļåx, ţîçķ, šŵîţçĥ fééţ, ðöñé ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your painful foot</source>
            <translation>[Ýöûŕ þåîñfûļ fööţ ~~~]</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>[Ñöţ šûŕé ~]</translation>
        </message>
        <message>
            <source>Both feet</source>
            <translation>[ßöţĥ fééţ ~]</translation>
        </message>
        <message>
            <source>Exercises set to “the painful foot” then name that foot, or work both in turn</source>
            <translation>[Éxéŕçîšéš šéţ ţö “ţĥé þåîñfûļ fööţ” ţĥéñ ñåmé ţĥåţ fööţ, öŕ ŵöŕķ ƀöţĥ îñ ţûŕñ ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>[Ļåñĝûåĝé ~]</translation>
        </message>
        <message>
            <source>Used from the next start of Footcare</source>
            <translation>[Ûšéð fŕöm ţĥé ñéxţ šţåŕţ öf Fööţçåŕé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>A new language is used from the next start of Footcare.</source>
            <translation>[Å ñéŵ ļåñĝûåĝé îš ûšéð fŕöm ţĥé ñéxţ šţåŕţ öf Fööţçåŕé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Still pictures only (no movement from one step's picture to the next)</source>
            <translation>[Šţîļļ þîçţûŕéš öñļý (ñö mövéméñţ fŕöm öñé šţéþ'š þîçţûŕé ţö ţĥé ñéxţ) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Footcare also keeps the pictures still when your desktop turns animations off</source>
            <translation>[Fööţçåŕé åļšö ķééþš ţĥé þîçţûŕéš šţîļļ ŵĥéñ ýöûŕ ðéšķţöþ ţûŕñš åñîmåţîöñš öff ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>None (recommended)</source>
            <translation>[Ñöñé (ŕéçömméñðéð) ~~~]</translation>
        </message>
        <message>
            <source>Name in exports</source>
            <translation>[Ñåmé îñ éxþöŕţš ~~]</translation>
        </message>
        <message>
            <source>Optional. The only name the FHIR export gives you, e.g. a pseudonym agreed with your clinic</source>
            <translation>[Öþţîöñåļ. Ţĥé öñļý ñåmé ţĥé FĤÎŔ éxþöŕţ ĝîvéš ýöû, é.ĝ. å þšéûðöñým åĝŕééð ŵîţĥ ýöûŕ çļîñîç ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your painful foot:</source>
            <translation>[Ýöûŕ þåîñfûļ fööţ: ~~~]</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>[Ļåñĝûåĝé: ~]</translation>
        </message>
        <message>
            <source>Name in exports:</source>
            <translation>[Ñåmé îñ éxþöŕţš: ~~]</translation>
        </message>
        <message>
            <source>You</source>
            <translation>[Ýöû ~]</translation>
        </message>
        <message>
            <source>Volume:</source>
            <translation>[Vöļûmé: ~]</translation>
        </message>
        <message>
            <source>Output:</source>
            <translation>[Öûţþûţ: ~]</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>[Šöûñð ~]</translation>
        </message>
        <message>
            <source>Changes are already saved (Esc)</source>
            <translation>[Çĥåñĝéš åŕé åļŕéåðý šåvéð (Éšç) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Remind me of my exercises (Footcare stays in the tray)</source>
            <translation>[Ŕémîñð mé öf mý éxéŕçîšéš (Fööţçåŕé šţåýš îñ ţĥé ţŕåý) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A notice from the tray at the times below; Footcare keeps running when closed</source>
            <translation>[Å ñöţîçé fŕöm ţĥé ţŕåý åţ ţĥé ţîméš ƀéļöŵ; Fööţçåŕé ķééþš ŕûññîñĝ ŵĥéñ çļöšéð ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This desktop has no tray for Footcare's icon: reminders come only while Footcare is open, and closing its window quits it.</source>
            <translation>[Ţĥîš ðéšķţöþ ĥåš ñö ţŕåý föŕ Fööţçåŕé'š îçöñ: ŕémîñðéŕš çömé öñļý ŵĥîļé Fööţçåŕé îš öþéñ, åñð çļöšîñĝ îţš ŵîñðöŵ qûîţš îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This desktop has no tray for Footcare's icon, so it cannot remind you.</source>
            <translation>[Ţĥîš ðéšķţöþ ĥåš ñö ţŕåý föŕ Fööţçåŕé'š îçöñ, šö îţ çåññöţ ŕémîñð ýöû. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no reminders</source>
            <translation>[ñö ŕémîñðéŕš ~]</translation>
        </message>
        <message>
            <source>Reminder times for {exercise}</source>
            <translation>[Ŕémîñðéŕ ţîméš föŕ {exercise} ~~~~~~]</translation>
        </message>
        <message>
            <source>Times of day, e.g. 09:00, 18:00; leave empty for none</source>
            <translation>[Ţîméš öf ðåý, é.ĝ. 09:00, 18:00; ļéåvé émþţý föŕ ñöñé ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{exercise}:</source>
            <translation>[{exercise}: ~]</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>[Ŕémîñðéŕš ~]</translation>
        </message>
        <message>
            <source>{value} %</source>
            <translation>[{value} % ~]</translation>
        </message>
    </context>
    <context>
        <name>ProgressionBox</name>
        <message>
            <source>Working up (exercises with a progression, such as toe pulling)</source>
            <translation>[Ŵöŕķîñĝ ûþ (éxéŕçîšéš ŵîţĥ å þŕöĝŕéššîöñ, šûçĥ åš ţöé þûļļîñĝ) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source> reps</source>
            <translation>[ ŕéþš ~]</translation>
        </message>
        <message>
            <source> sessions</source>
            <translation>[ šéššîöñš ~]</translation>
        </message>
        <message>
            <source>Suggest more reps by:</source>
            <translation>[Šûĝĝéšţ möŕé ŕéþš ƀý: ~~~~]</translation>
        </message>
        <message>
            <source>How many reps each proposal adds</source>
            <translation>[Ĥöŵ måñý ŕéþš éåçĥ þŕöþöšåļ åððš ~~~~~~~]</translation>
        </message>
        <message>
            <source>After finishing:</source>
            <translation>[Åfţéŕ fîñîšĥîñĝ: ~~]</translation>
        </message>
        <message>
            <source>Finished sessions at a dose first</source>
            <translation>[Fîñîšĥéð šéššîöñš åţ å ðöšé fîŕšţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Not while pain after a session is above:</source>
            <translation>[Ñöţ ŵĥîļé þåîñ åfţéŕ å šéššîöñ îš åƀövé: ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>0 to 10</source>
            <translation>[0 ţö 10 ~]</translation>
        </message>
    </context>
    <context>
        <name>ProgressionPromptText</name>
        <message>
            <source>Not now</source>
            <translation>[Ñöţ ñöŵ ~]</translation>
        </message>
        <message>
            <source>Ready for more?</source>
            <translation>[Ŕéåðý föŕ möŕé? ~~]</translation>
        </message>
        <message>
            <source>Only if it felt manageable. You can change the dose back at any time in Routines.</source>
            <translation>[Öñļý îf îţ féļţ måñåĝéåƀļé. Ýöû çåñ çĥåñĝé ţĥé ðöšé ƀåçķ åţ åñý ţîmé îñ Ŕöûţîñéš. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ProgressionText</name>
        <message numerus="yes">
            <source>%n rep(s) per foot</source>
            <translation>
                <numerusform>[%n ŕéþ þéŕ fööţ ~~]</numerusform>
                <numerusform>[%n ŕéþš þéŕ fööţ ~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>[%n ŕéþ ~]</numerusform>
                <numerusform>[%n ŕéþš ~]</numerusform>
            </translation>
        </message>
        <message>
            <source>lower-case</source>
            <comment>or 'keep': names keep their capital mid-sentence</comment>
            <extracomment>Write "keep" if exercise names keep their capital letter inside a sentence (German).</extracomment>
            <translation>[ļöŵéŕ-çåšé ~]</translation>
        </message>
        <message numerus="yes">
            <source>You have finished {exercise} %n time(s) at {current}. Try {proposed}?</source>
            <translation>
                <numerusform>[Ýöû ĥåvé fîñîšĥéð {exercise} %n ţîmé åţ {current}. Ţŕý {proposed}? ~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ýöû ĥåvé fîñîšĥéð {exercise} %n ţîméš åţ {current}. Ţŕý {proposed}? ~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Increase to {reps}</source>
            <translation>[Îñçŕéåšé ţö {reps} ~~~]</translation>
        </message>
        <message>
            <source>{exercise} stays at {current} for now: {reason}.</source>
            <translation>[{exercise} šţåýš åţ {current} föŕ ñöŵ: {reason}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>your pain after the last session was {pain}, above your limit of {limit}</source>
            <translation>[ýöûŕ þåîñ åfţéŕ ţĥé ļåšţ šéššîöñ ŵåš {pain}, åƀövé ýöûŕ ļîmîţ öf {limit} ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>your pain after sessions is rising (average {recent} over the last {window} rated sessions, up from {before})</source>
            <translation>[ýöûŕ þåîñ åfţéŕ šéššîöñš îš ŕîšîñĝ (åvéŕåĝé {recent} övéŕ ţĥé ļåšţ {window} ŕåţéð šéššîöñš, ûþ fŕöm {before}) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>your morning pain is {now}, higher than the {before} before the last increase</source>
            <translation>[ýöûŕ möŕñîñĝ þåîñ îš {now}, ĥîĝĥéŕ ţĥåñ ţĥé {before} ƀéföŕé ţĥé ļåšţ îñçŕéåšé ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>your morning pain rose over the last week (average {recent}, up from {before})</source>
            <translation>[ýöûŕ möŕñîñĝ þåîñ ŕöšé övéŕ ţĥé ļåšţ ŵééķ (åvéŕåĝé {recent}, ûþ fŕöm {before}) ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PromptText</name>
        <message>
            <source>Stop this session now? What you have done so far is kept in the summary.</source>
            <translation>[Šţöþ ţĥîš šéššîöñ ñöŵ? Ŵĥåţ ýöû ĥåvé ðöñé šö fåŕ îš ķéþţ îñ ţĥé šûmmåŕý. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stop the session?</source>
            <translation>[Šţöþ ţĥé šéššîöñ? ~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReasonPicker</name>
        <message>
            <source>No answer</source>
            <translation>[Ñö åñšŵéŕ ~]</translation>
        </message>
        <message>
            <source>Optional; asked once. “Other” lets you say it in your own words</source>
            <translation>[Öþţîöñåļ; åšķéð öñçé. “Öţĥéŕ” ļéţš ýöû šåý îţ îñ ýöûŕ öŵñ ŵöŕðš ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>In your own words (optional)</source>
            <translation>[Îñ ýöûŕ öŵñ ŵöŕðš (öþţîöñåļ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Other reason, in your own words</source>
            <translation>[Öţĥéŕ ŕéåšöñ, îñ ýöûŕ öŵñ ŵöŕðš ~~~~~~~]</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>[Öþţîöñåļ ~]</translation>
        </message>
    </context>
    <context>
        <name>RecorderText</name>
        <message>
            <source>Saved to your history.</source>
            <translation>[Šåvéð ţö ýöûŕ ĥîšţöŕý. ~~~~]</translation>
        </message>
        <message>
            <source>This session could not be saved to your history. {error}</source>
            <translation>[Ţĥîš šéššîöñ çöûļð ñöţ ƀé šåvéð ţö ýöûŕ ĥîšţöŕý. {error} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing was done, so nothing was saved.</source>
            <translation>[Ñöţĥîñĝ ŵåš ðöñé, šö ñöţĥîñĝ ŵåš šåvéð. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your rating and note could not be saved. {error}</source>
            <translation>[Ýöûŕ ŕåţîñĝ åñð ñöţé çöûļð ñöţ ƀé šåvéð. {error} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your answer could not be saved. {error}</source>
            <translation>[Ýöûŕ åñšŵéŕ çöûļð ñöţ ƀé šåvéð. {error} ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsText</name>
        <message>
            <source>{exercise}: {problem}</source>
            <translation>[{exercise}: {problem} ~~~~]</translation>
        </message>
        <message>
            <source>'{text}' is not a time like 09:00</source>
            <translation>['{text}' îš ñöţ å ţîmé ļîķé 09:00 ~~~~~~~]</translation>
        </message>
        <message>
            <source>at most {count} times a day</source>
            <translation>[åţ möšţ {count} ţîméš å ðåý ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RemindersText</name>
        <message>
            <source>{exercise}: {done} of {target} done today</source>
            <translation>[{exercise}: {done} öf {target} ðöñé ţöðåý ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Time for your foot exercises</source>
            <translation>[Ţîmé föŕ ýöûŕ fööţ éxéŕçîšéš ~~~~~~]</translation>
        </message>
        <message>
            <source>Time for a foot exercise</source>
            <translation>[Ţîmé föŕ å fööţ éxéŕçîšé ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReportText</name>
        <message>
            <source>January</source>
            <translation>[Ĵåñûåŕý ~]</translation>
        </message>
        <message>
            <source>February</source>
            <translation>[Féƀŕûåŕý ~]</translation>
        </message>
        <message>
            <source>March</source>
            <translation>[Måŕçĥ ~]</translation>
        </message>
        <message>
            <source>April</source>
            <translation>[Åþŕîļ ~]</translation>
        </message>
        <message>
            <source>May</source>
            <comment>month</comment>
            <translation>[Måý ~]</translation>
        </message>
        <message>
            <source>June</source>
            <translation>[Ĵûñé ~]</translation>
        </message>
        <message>
            <source>July</source>
            <translation>[Ĵûļý ~]</translation>
        </message>
        <message>
            <source>August</source>
            <translation>[Åûĝûšţ ~]</translation>
        </message>
        <message>
            <source>September</source>
            <translation>[Šéþţémƀéŕ ~]</translation>
        </message>
        <message>
            <source>October</source>
            <translation>[Öçţöƀéŕ ~]</translation>
        </message>
        <message>
            <source>November</source>
            <translation>[Ñövémƀéŕ ~]</translation>
        </message>
        <message>
            <source>December</source>
            <translation>[Ðéçémƀéŕ ~]</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>[Ĵåñ ~]</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>[Féƀ ~]</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>[Måŕ ~]</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>[Åþŕ ~]</translation>
        </message>
        <message>
            <source>May</source>
            <comment>short month</comment>
            <translation>[Måý ~]</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>[Ĵûñ ~]</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>[Ĵûļ ~]</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>[Åûĝ ~]</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>[Šéþ ~]</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>[Öçţ ~]</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>[Ñöv ~]</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>[Ðéç ~]</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>[Möñ ~]</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>[Ţûé ~]</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>[Ŵéð ~]</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>[Ţĥû ~]</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>[Fŕî ~]</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>[Šåţ ~]</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>[Šûñ ~]</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <comment>short date: 3 Nov</comment>
            <translation>[{day} {month} ~]</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>long date: 3 November 2026</comment>
            <translation>[{day} {month} {year} ~~~]</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <comment>date without the year: 2 November</comment>
            <translation>[{day} {month} ~]</translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <comment>a period of days</comment>
            <translation>[{first} – {last} ~~]</translation>
        </message>
        <message>
            <source>{weekday} {date}, {time}</source>
            <comment>when a session started</comment>
            <translation>[{weekday} {date}, {time} ~~~~~]</translation>
        </message>
        <message>
            <source>{before} before and {after} after sessions</source>
            <translation>[{before} ƀéföŕé åñð {after} åfţéŕ šéššîöñš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{before} before sessions</source>
            <translation>[{before} ƀéföŕé šéššîöñš ~~~~~]</translation>
        </message>
        <message>
            <source>{after} after sessions</source>
            <translation>[{after} åfţéŕ šéššîöñš ~~~~]</translation>
        </message>
        <message>
            <source>Not enough pain ratings to show a trend.</source>
            <translation>[Ñöţ éñöûĝĥ þåîñ ŕåţîñĝš ţö šĥöŵ å ţŕéñð. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Average pain this week (0–10): {averages}.</source>
            <translation>[Åvéŕåĝé þåîñ ţĥîš ŵééķ (0–10): {averages}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not enough pain ratings to show a trend (ratings are needed in both the first and the last week).</source>
            <translation>[Ñöţ éñöûĝĥ þåîñ ŕåţîñĝš ţö šĥöŵ å ţŕéñð (ŕåţîñĝš åŕé ñééðéð îñ ƀöţĥ ţĥé fîŕšţ åñð ţĥé ļåšţ ŵééķ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Average pain (0–10) in the first week: {first}; in the last week: {last}.</source>
            <translation>[Åvéŕåĝé þåîñ (0–10) îñ ţĥé fîŕšţ ŵééķ: {first}; îñ ţĥé ļåšţ ŵééķ: {last}. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RoutineBookText</name>
        <message>
            <source>keep at least one routine</source>
            <translation>[ķééþ åţ ļéåšţ öñé ŕöûţîñé ~~~~~]</translation>
        </message>
        <message>
            <source>your routines could not be saved ({reason})</source>
            <translation>[ýöûŕ ŕöûţîñéš çöûļð ñöţ ƀé šåvéð ({reason}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a name holds text that cannot be stored</source>
            <translation>[å ñåmé ĥöļðš ţéxţ ţĥåţ çåññöţ ƀé šţöŕéð ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>two routines would have the same name</source>
            <translation>[ţŵö ŕöûţîñéš ŵöûļð ĥåvé ţĥé šåmé ñåmé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>missing or unknown {key}</source>
            <translation>[mîššîñĝ öŕ ûñķñöŵñ {key} ~~~~~]</translation>
        </message>
        <message>
            <source>saved by a newer Footcare (version {version})</source>
            <translation>[šåvéð ƀý å ñéŵéŕ Fööţçåŕé (véŕšîöñ {version}) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Exercises no longer in the catalogue were left out of your routines and doses: {ids}.</source>
            <translation>[Éxéŕçîšéš ñö ļöñĝéŕ îñ ţĥé çåţåļöĝûé ŵéŕé ļéfţ öûţ öf ýöûŕ ŕöûţîñéš åñð ðöšéš: {ids}. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Routine {number}</source>
            <translation>[Ŕöûţîñé {number} ~~]</translation>
        </message>
        <message>
            <source>no routines once {ids} were left out</source>
            <translation>[ñö ŕöûţîñéš öñçé {ids} ŵéŕé ļéfţ öûţ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your saved routines could not be read (they are not valid JSON); showing the default routine. {kept}</source>
            <translation>[Ýöûŕ šåvéð ŕöûţîñéš çöûļð ñöţ ƀé ŕéåð (ţĥéý åŕé ñöţ våļîð ĴŠÖÑ); šĥöŵîñĝ ţĥé ðéfåûļţ ŕöûţîñé. {kept} ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your saved routines could not be read ({reason}); showing the default routine. {kept}</source>
            <translation>[Ýöûŕ šåvéð ŕöûţîñéš çöûļð ñöţ ƀé ŕéåð ({reason}); šĥöŵîñĝ ţĥé ðéfåûļţ ŕöûţîñé. {kept} ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The saved text is left as it is: nothing is saved over it.</source>
            <translation>[Ţĥé šåvéð ţéxţ îš ļéfţ åš îţ îš: ñöţĥîñĝ îš šåvéð övéŕ îţ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The saved text is kept in {place}.</source>
            <translation>[Ţĥé šåvéð ţéxţ îš ķéþţ îñ {place}. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>no routines</source>
            <translation>[ñö ŕöûţîñéš ~]</translation>
        </message>
        <message>
            <source>there is already a routine called '{name}'</source>
            <translation>[ţĥéŕé îš åļŕéåðý å ŕöûţîñé çåļļéð '{name}' ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RoutineEditorDialog</name>
        <message>
            <source>Routines</source>
            <translation>[Ŕöûţîñéš ~]</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>[Ŕöûţîñé ~]</translation>
        </message>
        <message>
            <source>The routine shown below</source>
            <translation>[Ţĥé ŕöûţîñé šĥöŵñ ƀéļöŵ ~~~~]</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>[Ñéŵ… ~]</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>[Ŕéñåmé… ~]</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>[Ðéļéţé ~]</translation>
        </message>
        <message>
            <source>Add a routine and name it</source>
            <translation>[Åðð å ŕöûţîñé åñð ñåmé îţ ~~~~~]</translation>
        </message>
        <message>
            <source>Give this routine another name</source>
            <translation>[Ĝîvé ţĥîš ŕöûţîñé åñöţĥéŕ ñåmé ~~~~~~]</translation>
        </message>
        <message>
            <source>Delete this routine (asks first); your doses are kept</source>
            <translation>[Ðéļéţé ţĥîš ŕöûţîñé (åšķš fîŕšţ); ýöûŕ ðöšéš åŕé ķéþţ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Routine:</source>
            <translation>[Ŕöûţîñé: ~]</translation>
        </message>
        <message>
            <source>Exercises: tick to include, drag to reorder</source>
            <translation>[Éxéŕçîšéš: ţîçķ ţö îñçļûðé, ðŕåĝ ţö ŕéöŕðéŕ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Space ticks or unticks the exercise; Alt+Up and Alt+Down move it</source>
            <translation>[Šþåçé ţîçķš öŕ ûñţîçķš ţĥé éxéŕçîšé; Åļţ+Ûþ åñð Åļţ+Ðöŵñ mövé îţ ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>[Mövé ûþ ~]</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>[Mövé ðöŵñ ~]</translation>
        </message>
        <message>
            <source>Move the chosen exercise up (Alt+Up)</source>
            <translation>[Mövé ţĥé çĥöšéñ éxéŕçîšé ûþ (Åļţ+Ûþ) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Move the chosen exercise down (Alt+Down)</source>
            <translation>[Mövé ţĥé çĥöšéñ éxéŕçîšé ðöŵñ (Åļţ+Ðöŵñ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Edit dose…</source>
            <translation>[Éðîţ ðöšé… ~]</translation>
        </message>
        <message>
            <source>Your seconds, reps, sets and feet for the chosen exercise</source>
            <translation>[Ýöûŕ šéçöñðš, ŕéþš, šéţš åñð fééţ föŕ ţĥé çĥöšéñ éxéŕçîšé ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>[Îmþöŕţ… ~]</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>[Éxþöŕţ… ~]</translation>
        </message>
        <message>
            <source>Add a routine and its doses from a file, e.g. a clinician's</source>
            <translation>[Åðð å ŕöûţîñé åñð îţš ðöšéš fŕöm å fîļé, é.ĝ. å çļîñîçîåñ'š ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save this routine and its doses to a file</source>
            <translation>[Šåvé ţĥîš ŕöûţîñé åñð îţš ðöšéš ţö å fîļé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Handout PDF…</source>
            <translation>[Ĥåñðöûţ ÞÐF… ~]</translation>
        </message>
        <message>
            <source>Save this routine as an exercise sheet with pictures and your doses (PDF)</source>
            <translation>[Šåvé ţĥîš ŕöûţîñé åš åñ éxéŕçîšé šĥééţ ŵîţĥ þîçţûŕéš åñð ýöûŕ ðöšéš (ÞÐF) ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save every change made here</source>
            <translation>[Šåvé évéŕý çĥåñĝé måðé ĥéŕé ~~~~~~]</translation>
        </message>
        <message>
            <source>{exercise} — {dose} (your dose)</source>
            <translation>[{exercise} — {dose} (ýöûŕ ðöšé) ~~~~~~~]</translation>
        </message>
        <message>
            <source>{exercise} — {dose}</source>
            <translation>[{exercise} — {dose} ~~~]</translation>
        </message>
        <message>
            <source>A routine needs at least one exercise.</source>
            <translation>[Å ŕöûţîñé ñééðš åţ ļéåšţ öñé éxéŕçîšé. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>[Ñéŵ ŕöûţîñé ~]</translation>
        </message>
        <message>
            <source>Name of the new routine:</source>
            <translation>[Ñåmé öf ţĥé ñéŵ ŕöûţîñé: ~~~~~]</translation>
        </message>
        <message>
            <source>Could not add the routine</source>
            <translation>[Çöûļð ñöţ åðð ţĥé ŕöûţîñé ~~~~~]</translation>
        </message>
        <message>
            <source>Rename routine</source>
            <translation>[Ŕéñåmé ŕöûţîñé ~~]</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>[Ñéŵ ñåmé: ~]</translation>
        </message>
        <message>
            <source>Could not rename the routine</source>
            <translation>[Çöûļð ñöţ ŕéñåmé ţĥé ŕöûţîñé ~~~~~~]</translation>
        </message>
        <message>
            <source>Delete routine</source>
            <translation>[Ðéļéţé ŕöûţîñé ~~]</translation>
        </message>
        <message>
            <source>Delete the routine “{name}”? Your doses are kept.</source>
            <translation>[Ðéļéţé ţĥé ŕöûţîñé “{name}”? Ýöûŕ ðöšéš åŕé ķéþţ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not delete the routine</source>
            <translation>[Çöûļð ñöţ ðéļéţé ţĥé ŕöûţîñé ~~~~~~]</translation>
        </message>
        <message>
            <source>Could not save your routines</source>
            <translation>[Çöûļð ñöţ šåvé ýöûŕ ŕöûţîñéš ~~~~~~]</translation>
        </message>
        <message>
            <source>{problem}. Your changes are still here: try OK again, or Cancel.</source>
            <translation>[{problem}. Ýöûŕ çĥåñĝéš åŕé šţîļļ ĥéŕé: ţŕý ÖĶ åĝåîñ, öŕ Çåñçéļ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RoutineFileActions</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>[ÞÐF ðöçûméñţš (*.þðf) ~~~~]</translation>
        </message>
        <message>
            <source>Footcare routines (*.json);;All files (*)</source>
            <translation>[Fööţçåŕé ŕöûţîñéš (*.ĵšöñ);;Åļļ fîļéš (*) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Import a routine</source>
            <translation>[Îmþöŕţ å ŕöûţîñé ~~]</translation>
        </message>
        <message>
            <source>Could not import the routine</source>
            <translation>[Çöûļð ñöţ îmþöŕţ ţĥé ŕöûţîñé ~~~~~~]</translation>
        </message>
        <message>
            <source>{file} was not imported, and nothing was changed.

{problem}</source>
            <translation>[{file} ŵåš ñöţ îmþöŕţéð, åñð ñöţĥîñĝ ŵåš çĥåñĝéð.

{problem} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Imported “{name}” with its doses. OK keeps it; Cancel drops it.</source>
            <translation>[Îmþöŕţéð “{name}” ŵîţĥ îţš ðöšéš. ÖĶ ķééþš îţ; Çåñçéļ ðŕöþš îţ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Outside the suggested range:</source>
            <translation>[Öûţšîðé ţĥé šûĝĝéšţéð ŕåñĝé: ~~~~~~]</translation>
        </message>
        <message>
            <source>Export the routine</source>
            <translation>[Éxþöŕţ ţĥé ŕöûţîñé ~~~]</translation>
        </message>
        <message>
            <source>Could not export the routine</source>
            <translation>[Çöûļð ñöţ éxþöŕţ ţĥé ŕöûţîñé ~~~~~~]</translation>
        </message>
        <message>
            <source>Could not write {path}: {error}</source>
            <translation>[Çöûļð ñöţ ŵŕîţé {path}: {error} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Saved “{name}” and its doses to {file}.</source>
            <translation>[Šåvéð “{name}” åñð îţš ðöšéš ţö {file}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save the exercise sheet</source>
            <translation>[Šåvé ţĥé éxéŕçîšé šĥééţ ~~~~]</translation>
        </message>
        <message>
            <source>Could not save the exercise sheet</source>
            <translation>[Çöûļð ñöţ šåvé ţĥé éxéŕçîšé šĥééţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Saved the exercise sheet for “{name}” to {file}.</source>
            <translation>[Šåvéð ţĥé éxéŕçîšé šĥééţ föŕ “{name}” ţö {file}. ~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RoutineFileText</name>
        <message>
            <source>unknown field (known: {known})</source>
            <translation>[ûñķñöŵñ fîéļð (ķñöŵñ: {known}) ~~~~~~]</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>[îš mîššîñĝ ~]</translation>
        </message>
        <message>
            <source>must be a whole number of seconds from {low} to {high}, not {value}</source>
            <translation>[mûšţ ƀé å ŵĥöļé ñûmƀéŕ öf šéçöñðš fŕöm {low} ţö {high}, ñöţ {value} ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}, not {value}</source>
            <translation>[mûšţ ƀé å ŵĥöļé ñûmƀéŕ fŕöm {low} ţö {high}, ñöţ {value} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{exercise} is timed, so it takes no pace</source>
            <translation>[{exercise} îš ţîméð, šö îţ ţåķéš ñö þåçé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{exercise} works both feet at once; leave feet out</source>
            <translation>[{exercise} ŵöŕķš ƀöţĥ fééţ åţ öñçé; ļéåvé fééţ öûţ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be one of {choices}, not {value}</source>
            <translation>[mûšţ ƀé öñé öf {choices}, ñöţ {value} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{exercise} has no timed {kind} phase</source>
            <translation>[{exercise} ĥåš ñö ţîméð {kind} þĥåšé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{exercise} has {count} such phases: give one number, or a list of {count}, not {value}</source>
            <translation>[{exercise} ĥåš {count} šûçĥ þĥåšéš: ĝîvé öñé ñûmƀéŕ, öŕ å ļîšţ öf {count}, ñöţ {value} ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The file must hold a JSON object {{...}}, not {value}</source>
            <translation>[Ţĥé fîļé mûšţ ĥöļð å ĴŠÖÑ öƀĵéçţ {{...}}, ñöţ {value} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>is missing (a routine file says "version": {version})</source>
            <translation>[îš mîššîñĝ (å ŕöûţîñé fîļé šåýš "véŕšîöñ": {version}) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a whole number like {version}, not {value}</source>
            <translation>[mûšţ ƀé å ŵĥöļé ñûmƀéŕ ļîķé {version}, ñöţ {value} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the file is version {version}, newer than this Footcare reads ({supported}); update Footcare to import it</source>
            <translation>[ţĥé fîļé îš véŕšîöñ {version}, ñéŵéŕ ţĥåñ ţĥîš Fööţçåŕé ŕéåðš ({supported}); ûþðåţé Fööţçåŕé ţö îmþöŕţ îţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a text (the schema's address), not {value}</source>
            <translation>[mûšţ ƀé å ţéxţ (ţĥé šçĥémå'š åððŕéšš), ñöţ {value} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a non-empty text of at most {count} characters, not {value}</source>
            <translation>[mûšţ ƀé å ñöñ-émþţý ţéxţ öf åţ möšţ {count} çĥåŕåçţéŕš, ñöţ {value} ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a list of exercises, not {value}</source>
            <translation>[mûšţ ƀé å ļîšţ öf éxéŕçîšéš, ñöţ {value} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must list at least one exercise</source>
            <translation>[mûšţ ļîšţ åţ ļéåšţ öñé éxéŕçîšé ~~~~~~~]</translation>
        </message>
        <message>
            <source>lists {count} exercises; a routine has at most {max}</source>
            <translation>[ļîšţš {count} éxéŕçîšéš; å ŕöûţîñé ĥåš åţ möšţ {max} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be an object like {{"id": "calf-stretch"}}, not {value}</source>
            <translation>[mûšţ ƀé åñ öƀĵéçţ ļîķé {{"îð": "çåļf-šţŕéţçĥ"}}, ñöţ {value} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>unknown exercise {value} (known: {known})</source>
            <translation>[ûñķñöŵñ éxéŕçîšé {value} (ķñöŵñ: {known}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>"{id}" is listed twice (first as exercises[{first}])</source>
            <translation>["{id}" îš ļîšţéð ţŵîçé (fîŕšţ åš éxéŕçîšéš[{first}]) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the routine would run {steps} steps (exercises[{number}], {exercise}, alone {alone}); at most {max} are allowed, so lower the reps or sets</source>
            <translation>[ţĥé ŕöûţîñé ŵöûļð ŕûñ {steps} šţéþš (éxéŕçîšéš[{number}], {exercise}, åļöñé {alone}); åţ möšţ {max} åŕé åļļöŵéð, šö ļöŵéŕ ţĥé ŕéþš öŕ šéţš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The file cannot be read ({reason})</source>
            <translation>[Ţĥé fîļé çåññöţ ƀé ŕéåð ({reason}) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>The file is larger than 1 MB; a routine file is a few kilobytes at most</source>
            <translation>[Ţĥé fîļé îš ļåŕĝéŕ ţĥåñ 1 Mß; å ŕöûţîñé fîļé îš å féŵ ķîļöƀýţéš åţ möšţ ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text (byte 0x{byte} at {position})</source>
            <translation>[Ţĥé fîļé îš ñöţ ÛŢF-8 ţéxţ (ƀýţé 0x{byte} åţ {position}) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The file nests lists or objects too deeply to be a routine</source>
            <translation>[Ţĥé fîļé ñéšţš ļîšţš öŕ öƀĵéçţš ţöö ðééþļý ţö ƀé å ŕöûţîñé ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {problem} at line {line}, column {column}</source>
            <translation>[Ţĥé fîļé îš ñöţ våļîð ĴŠÖÑ: {problem} åţ ļîñé {line}, çöļûmñ {column} ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {value} is not a JSON value</source>
            <translation>[Ţĥé fîļé îš ñöţ våļîð ĴŠÖÑ: {value} îš ñöţ å ĴŠÖÑ våļûé ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The file holds a number too long to be a routine value</source>
            <translation>[Ţĥé fîļé ĥöļðš å ñûmƀéŕ ţöö ļöñĝ ţö ƀé å ŕöûţîñé våļûé ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>It is not a regular file, so it is not a routine</source>
            <translation>[Îţ îš ñöţ å ŕéĝûļåŕ fîļé, šö îţ îš ñöţ å ŕöûţîñé ~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RoutineStoreText</name>
        <message>
            <source>Your routines cannot be saved: no history.</source>
            <translation>[Ýöûŕ ŕöûţîñéš çåññöţ ƀé šåvéð: ñö ĥîšţöŕý. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{path} (table {table}, row {row})</source>
            <translation>[{path} (ţåƀļé {table}, ŕöŵ {row}) ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RoutineText</name>
        <message>
            <source>My routine</source>
            <translation>[Mý ŕöûţîñé ~]</translation>
        </message>
        <message>
            <source>a routine needs a name</source>
            <translation>[å ŕöûţîñé ñééðš å ñåmé ~~~~]</translation>
        </message>
        <message>
            <source>the routine's name {problem}</source>
            <translation>[ţĥé ŕöûţîñé'š ñåmé {problem} ~~~~~~]</translation>
        </message>
        <message>
            <source>a routine name is at most {count} characters</source>
            <translation>[å ŕöûţîñé ñåmé îš åţ möšţ {count} çĥåŕåçţéŕš ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>routine '{name}' has no exercises</source>
            <translation>[ŕöûţîñé '{name}' ĥåš ñö éxéŕçîšéš ~~~~~~~]</translation>
        </message>
        <message>
            <source>routine '{name}' lists an exercise twice</source>
            <translation>[ŕöûţîñé '{name}' ļîšţš åñ éxéŕçîšé ţŵîçé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>routine '{name}' names unknown exercises: {ids}</source>
            <translation>[ŕöûţîñé '{name}' ñåméš ûñķñöŵñ éxéŕçîšéš: {ids} ~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SessionDeletion</name>
        <message>
            <source>Delete…</source>
            <translation>[Ðéļéţé… ~]</translation>
        </message>
        <message>
            <source>Delete the selected sessions (Delete)</source>
            <translation>[Ðéļéţé ţĥé šéļéçţéð šéššîöñš (Ðéļéţé) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>[Ûñðö ~]</translation>
        </message>
        <message>
            <source>Bring the deleted sessions back (Ctrl+Z)</source>
            <translation>[ßŕîñĝ ţĥé ðéļéţéð šéššîöñš ƀåçķ (Çţŕļ+Ž) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete this session from your history? You can undo this while History is open.</source>
            <translation>[Ðéļéţé ţĥîš šéššîöñ fŕöm ýöûŕ ĥîšţöŕý? Ýöû çåñ ûñðö ţĥîš ŵĥîļé Ĥîšţöŕý îš öþéñ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete sessions?</source>
            <translation>[Ðéļéţé šéššîöñš? ~~]</translation>
        </message>
        <message>
            <source>Could not delete</source>
            <translation>[Çöûļð ñöţ ðéļéţé ~~]</translation>
        </message>
        <message>
            <source>Could not undo</source>
            <translation>[Çöûļð ñöţ ûñðö ~~]</translation>
        </message>
    </context>
    <context>
        <name>SessionFeedbackPanel</name>
        <message>
            <source>How did it feel? (optional)</source>
            <translation>[Ĥöŵ ðîð îţ fééļ? (öþţîöñåļ) ~~~~~~]</translation>
        </message>
        <message>
            <source>How hard the session felt; click again to clear</source>
            <translation>[Ĥöŵ ĥåŕð ţĥé šéššîöñ féļţ; çļîçķ åĝåîñ ţö çļéåŕ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Why did you stop early? (optional)</source>
            <translation>[Ŵĥý ðîð ýöû šţöþ éåŕļý? (öþţîöñåļ) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Why the session was stopped early</source>
            <translation>[Ŵĥý ţĥé šéššîöñ ŵåš šţöþþéð éåŕļý ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SessionStarter</name>
        <message>
            <source>No such routine</source>
            <translation>[Ñö šûçĥ ŕöûţîñé ~~]</translation>
        </message>
        <message>
            <source>There is no routine called “{name}” any more. Your routines: {names}.</source>
            <translation>[Ţĥéŕé îš ñö ŕöûţîñé çåļļéð “{name}” åñý möŕé. Ýöûŕ ŕöûţîñéš: {names}. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>routine</source>
            <comment>the word, as in a routine's name</comment>
            <translation>[ŕöûţîñé ~]</translation>
        </message>
        <message>
            <source>{name} (routine)</source>
            <translation>[{name} (ŕöûţîñé) ~~]</translation>
        </message>
    </context>
    <context>
        <name>SessionTable</name>
        <message>
            <source>Sessions</source>
            <translation>[Šéššîöñš ~]</translation>
        </message>
        <message>
            <source>Every session in the period, newest first; Delete removes the selected ones</source>
            <translation>[Évéŕý šéššîöñ îñ ţĥé þéŕîöð, ñéŵéšţ fîŕšţ; Ðéļéţé ŕémövéš ţĥé šéļéçţéð öñéš ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{done} of {planned}</source>
            <translation>[{done} öf {planned} ~~~]</translation>
        </message>
        <message>
            <source>no note</source>
            <translation>[ñö ñöţé ~]</translation>
        </message>
    </context>
    <context>
        <name>SessionText</name>
        <message numerus="yes">
            <source>Paused: the computer was asleep for about %n minute(s). Press Space to carry on.</source>
            <translation>
                <numerusform>[Þåûšéð: ţĥé çömþûţéŕ ŵåš åšļééþ föŕ åƀöûţ %n mîñûţé. Þŕéšš Šþåçé ţö çåŕŕý öñ. ~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Þåûšéð: ţĥé çömþûţéŕ ŵåš åšļééþ föŕ åƀöûţ %n mîñûţéš. Þŕéšš Šþåçé ţö çåŕŕý öñ. ~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>About %n minute(s) left</source>
            <translation>
                <numerusform>[Åƀöûţ %n mîñûţé ļéfţ ~~~]</numerusform>
                <numerusform>[Åƀöûţ %n mîñûţéš ļéfţ ~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Up next</source>
            <translation>[Ûþ ñéxţ ~]</translation>
        </message>
        <message>
            <source>{number} · {exercise}</source>
            <translation>[{number} · {exercise} ~~~~]</translation>
        </message>
        <message>
            <source>Resume the timer (Space)</source>
            <translation>[Ŕéšûmé ţĥé ţîméŕ (Šþåçé) ~~~~~]</translation>
        </message>
        <message>
            <source>Pause the timer (P)</source>
            <translation>[Þåûšé ţĥé ţîméŕ (Þ) ~~~]</translation>
        </message>
        <message>
            <source>Pause the timer (Space)</source>
            <translation>[Þåûšé ţĥé ţîméŕ (Šþåçé) ~~~~]</translation>
        </message>
        <message>
            <source>about {time} left</source>
            <translation>[åƀöûţ {time} ļéfţ ~~~]</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>[{time} ļéfţ ~]</translation>
        </message>
        <message>
            <source>Paused · {kind}</source>
            <translation>[Þåûšéð · {kind} ~~]</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>[Ŕéšûmé ~]</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>[Þåûšé ~]</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>[þåûšéð ~]</translation>
        </message>
        <message>
            <source>of {reps} · press Space</source>
            <translation>[öf {reps} · þŕéšš Šþåçé ~~~~]</translation>
        </message>
        <message>
            <source>seconds to get ready</source>
            <translation>[šéçöñðš ţö ĝéţ ŕéåðý ~~~]</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>[šéçöñðš ~]</translation>
        </message>
        <message>
            <source>{step}. {where}. Press Enter for each rep.</source>
            <translation>[{step}. {where}. Þŕéšš Éñţéŕ föŕ éåçĥ ŕéþ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{step}. Press Enter for each rep.</source>
            <translation>[{step}. Þŕéšš Éñţéŕ föŕ éåçĥ ŕéþ. ~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{step}, %n second(s). {where}.</source>
            <translation>
                <numerusform>[{step}, %n šéçöñð. {where}. ~~~~~~]</numerusform>
                <numerusform>[{step}, %n šéçöñðš. {where}. ~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{step}, %n second(s).</source>
            <translation>
                <numerusform>[{step}, %n šéçöñð. ~~~]</numerusform>
                <numerusform>[{step}, %n šéçöñðš. ~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused: the computer was asleep for about a minute. Press Space to carry on.</source>
            <translation>[Þåûšéð: ţĥé çömþûţéŕ ŵåš åšļééþ föŕ åƀöûţ å mîñûţé. Þŕéšš Šþåçé ţö çåŕŕý öñ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Exercise {number} of {count}</source>
            <translation>[Éxéŕçîšé {number} öf {count} ~~~~~~]</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>[Ñéxţ: fîñîšĥ ~]</translation>
        </message>
        <message>
            <source>Next: {exercise} (exercise {number} of {count})</source>
            <translation>[Ñéxţ: {exercise} (éxéŕçîšé {number} öf {count}) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <translation>[Ñéxţ: {step} ~]</translation>
        </message>
        <message>
            <source>Routine done!</source>
            <translation>[Ŕöûţîñé ðöñé! ~]</translation>
        </message>
        <message>
            <source>Well done!</source>
            <translation>[Ŵéļļ ðöñé! ~]</translation>
        </message>
        <message>
            <source>Routine ended</source>
            <translation>[Ŕöûţîñé éñðéð ~]</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>[Šéššîöñ éñðéð ~]</translation>
        </message>
        <message>
            <source>Routine stopped</source>
            <translation>[Ŕöûţîñé šţöþþéð ~~]</translation>
        </message>
        <message>
            <source>Session stopped</source>
            <translation>[Šéššîöñ šţöþþéð ~~]</translation>
        </message>
        <message>
            <source>{name}: {done} of {count} exercises done</source>
            <translation>[{name}: {done} öf {count} éxéŕçîšéš ðöñé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{name}: {done} of {planned} reps done</source>
            <translation>[{name}: {done} öf {planned} ŕéþš ðöñé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Time: {active} (plus {paused} paused)</source>
            <translation>[Ţîmé: {active} (þļûš {paused} þåûšéð) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Time: {active}</source>
            <translation>[Ţîmé: {active} ~~]</translation>
        </message>
        <message>
            <source>Skipped holds and moves: {count}</source>
            <translation>[Šķîþþéð ĥöļðš åñð mövéš: {count} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Partly done: it does not count toward today's target.</source>
            <translation>[Þåŕţļý ðöñé: îţ ðöéš ñöţ çöûñţ ţöŵåŕð ţöðåý'š ţåŕĝéţ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing done: it does not count toward today's target.</source>
            <translation>[Ñöţĥîñĝ ðöñé: îţ ðöéš ñöţ çöûñţ ţöŵåŕð ţöðåý'š ţåŕĝéţ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>nothing done</source>
            <translation>[ñöţĥîñĝ ðöñé ~]</translation>
        </message>
        <message>
            <source>{done} of {planned} reps</source>
            <translation>[{done} öf {planned} ŕéþš ~~~~~]</translation>
        </message>
        <message>
            <source>done</source>
            <translation>[ðöñé ~]</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>[þåŕţļý ðöñé ~]</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>[šķîþþéð ~]</translation>
        </message>
        <message>
            <source>{mark} {exercise} — {outcome}</source>
            <translation>[{mark} {exercise} — {outcome} ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Exercise session</source>
            <translation>[Éxéŕçîšé šéššîöñ ~~]</translation>
        </message>
        <message>
            <source>The step now, its countdown and the session's controls</source>
            <translation>[Ţĥé šţéþ ñöŵ, îţš çöûñţðöŵñ åñð ţĥé šéššîöñ'š çöñţŕöļš ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>[Šéššîöñ šûmmåŕý ~~]</translation>
        </message>
        <message>
            <source>What was done, and how it felt</source>
            <translation>[Ŵĥåţ ŵåš ðöñé, åñð ĥöŵ îţ féļţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Paused. Press Space to resume.</source>
            <translation>[Þåûšéð. Þŕéšš Šþåçé ţö ŕéšûmé. ~~~~~~]</translation>
        </message>
        <message>
            <source>This desktop did not let Footcare fill the screen: the session is shown as large as the window allows. Maximise the window for more room.</source>
            <translation>[Ţĥîš ðéšķţöþ ðîð ñöţ ļéţ Fööţçåŕé fîļļ ţĥé šçŕééñ: ţĥé šéššîöñ îš šĥöŵñ åš ļåŕĝé åš ţĥé ŵîñðöŵ åļļöŵš. Måxîmîšé ţĥé ŵîñðöŵ föŕ möŕé ŕööm. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SoundText</name>
        <message>
            <source>No sound: no audio output device was found.</source>
            <translation>[Ñö šöûñð: ñö åûðîö öûţþûţ ðévîçé ŵåš föûñð. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No sound: Qt's multimedia module could not load (is libpulse0 installed?).</source>
            <translation>[Ñö šöûñð: Qţ'š mûļţîméðîå möðûļé çöûļð ñöţ ļöåð (îš ļîƀþûļšé0 îñšţåļļéð?). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No sound: the sound file {name}.wav is missing.</source>
            <translation>[Ñö šöûñð: ţĥé šöûñð fîļé {name}.ŵåv îš mîššîñĝ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No sound: {name}.wav could not be played on this device.</source>
            <translation>[Ñö šöûñð: {name}.ŵåv çöûļð ñöţ ƀé þļåýéð öñ ţĥîš ðévîçé. ~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SpeechText</name>
        <message>
            <source>Spoken prompts are unavailable: this system has no working speech engine.</source>
            <translation>[Šþöķéñ þŕömþţš åŕé ûñåvåîļåƀļé: ţĥîš šýšţém ĥåš ñö ŵöŕķîñĝ šþééçĥ éñĝîñé. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>StepPicture</name>
        <message>
            <source>Picture: {exercise}, {step}</source>
            <translation>[Þîçţûŕé: {exercise}, {step} ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>StoreText</name>
        <message>
            <source>the disk is full</source>
            <translation>[ţĥé ðîšķ îš fûļļ ~~]</translation>
        </message>
        <message>
            <source>it is read-only</source>
            <translation>[îţ îš ŕéåð-öñļý ~~]</translation>
        </message>
        <message>
            <source>the file or its folder is not accessible</source>
            <translation>[ţĥé fîļé öŕ îţš föļðéŕ îš ñöţ åççéššîƀļé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>reading or writing the disk failed</source>
            <translation>[ŕéåðîñĝ öŕ ŵŕîţîñĝ ţĥé ðîšķ fåîļéð ~~~~~~~~]</translation>
        </message>
        <message>
            <source>permission was denied</source>
            <translation>[þéŕmîššîöñ ŵåš ðéñîéð ~~~~]</translation>
        </message>
        <message>
            <source>another program is using it</source>
            <translation>[åñöţĥéŕ þŕöĝŕåm îš ûšîñĝ îţ ~~~~~~]</translation>
        </message>
        <message>
            <source>its contents are damaged</source>
            <translation>[îţš çöñţéñţš åŕé ðåmåĝéð ~~~~~]</translation>
        </message>
        <message>
            <source>it is not a database</source>
            <translation>[îţ îš ñöţ å ðåţåƀåšé ~~~]</translation>
        </message>
        <message>
            <source>Your routines could not be saved. {notice}</source>
            <translation>[Ýöûŕ ŕöûţîñéš çöûļð ñöţ ƀé šåvéð. {notice} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your routines could not be saved in {path}: {reason}.</source>
            <translation>[Ýöûŕ ŕöûţîñéš çöûļð ñöţ ƀé šåvéð îñ {path}: {reason}. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not save the session. {notice}</source>
            <translation>[Çöûļð ñöţ šåvé ţĥé šéššîöñ. {notice} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not save the session in {path}: {reason}.</source>
            <translation>[Çöûļð ñöţ šåvé ţĥé šéššîöñ îñ {path}: {reason}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not save the change. {notice}</source>
            <translation>[Çöûļð ñöţ šåvé ţĥé çĥåñĝé. {notice} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not save the change in {path}: {reason}.</source>
            <translation>[Çöûļð ñöţ šåvé ţĥé çĥåñĝé îñ {path}: {reason}. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not delete the session. {notice}</source>
            <translation>[Çöûļð ñöţ ðéļéţé ţĥé šéššîöñ. {notice} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not delete the session in {path}: {reason}.</source>
            <translation>[Çöûļð ñöţ ðéļéţé ţĥé šéššîöñ îñ {path}: {reason}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not save your answer. {notice}</source>
            <translation>[Çöûļð ñöţ šåvé ýöûŕ åñšŵéŕ. {notice} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not save your answer in {path}: {reason}.</source>
            <translation>[Çöûļð ñöţ šåvé ýöûŕ åñšŵéŕ îñ {path}: {reason}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not restore the session. {notice}</source>
            <translation>[Çöûļð ñöţ ŕéšţöŕé ţĥé šéššîöñ. {notice} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not restore the session in {path}: {reason}.</source>
            <translation>[Çöûļð ñöţ ŕéšţöŕé ţĥé šéššîöñ îñ {path}: {reason}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a file is in the way</source>
            <translation>[å fîļé îš îñ ţĥé ŵåý ~~~]</translation>
        </message>
        <message>
            <source>Footcare could not create its data folder {folder} ({reason}). Sessions will not be saved this run.</source>
            <translation>[Fööţçåŕé çöûļð ñöţ çŕéåţé îţš ðåţå föļðéŕ {folder} ({reason}). Šéššîöñš ŵîļļ ñöţ ƀé šåvéð ţĥîš ŕûñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The session history {path} is not a regular file (a pipe or a device). Sessions will not be saved this run.</source>
            <translation>[Ţĥé šéššîöñ ĥîšţöŕý {path} îš ñöţ å ŕéĝûļåŕ fîļé (å þîþé öŕ å ðévîçé). Šéššîöñš ŵîļļ ñöţ ƀé šåvéð ţĥîš ŕûñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The session history {path} was written by a newer version of Footcare (format {format}; this version knows up to {known}). It was left as it is; new sessions will not be saved this run.</source>
            <translation>[Ţĥé šéššîöñ ĥîšţöŕý {path} ŵåš ŵŕîţţéñ ƀý å ñéŵéŕ véŕšîöñ öf Fööţçåŕé (föŕmåţ {format}; ţĥîš véŕšîöñ ķñöŵš ûþ ţö {known}). Îţ ŵåš ļéfţ åš îţ îš; ñéŵ šéššîöñš ŵîļļ ñöţ ƀé šåvéð ţĥîš ŕûñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The session history {path} cannot be written ({reason}). New sessions will not be saved this run.</source>
            <translation>[Ţĥé šéššîöñ ĥîšţöŕý {path} çåññöţ ƀé ŵŕîţţéñ ({reason}). Ñéŵ šéššîöñš ŵîļļ ñöţ ƀé šåvéð ţĥîš ŕûñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The session history {path} cannot be opened or created ({reason}). Past sessions cannot be shown and new ones will not be saved this run.</source>
            <translation>[Ţĥé šéššîöñ ĥîšţöŕý {path} çåññöţ ƀé öþéñéð öŕ çŕéåţéð ({reason}). Þåšţ šéššîöñš çåññöţ ƀé šĥöŵñ åñð ñéŵ öñéš ŵîļļ ñöţ ƀé šåvéð ţĥîš ŕûñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The session history {path} could not be used ({damage}) nor moved aside ({reason}). It was left as it is; sessions will not be saved this run.</source>
            <translation>[Ţĥé šéššîöñ ĥîšţöŕý {path} çöûļð ñöţ ƀé ûšéð ({damage}) ñöŕ mövéð åšîðé ({reason}). Îţ ŵåš ļéfţ åš îţ îš; šéššîöñš ŵîļļ ñöţ ƀé šåvéð ţĥîš ŕûñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The session history {path} could not be used ({damage}) nor moved aside ({reason}). It was renamed to {name}.corrupt-…, but its companion files were not; sessions will not be saved this run.</source>
            <translation>[Ţĥé šéššîöñ ĥîšţöŕý {path} çöûļð ñöţ ƀé ûšéð ({damage}) ñöŕ mövéð åšîðé ({reason}). Îţ ŵåš ŕéñåméð ţö {name}.çöŕŕûþţ-…, ƀûţ îţš çömþåñîöñ fîļéš ŵéŕé ñöţ; šéššîöñš ŵîļļ ñöţ ƀé šåvéð ţĥîš ŕûñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The session history {path} could not be used ({damage}). It was kept as {aside} and a new, empty history was started.</source>
            <translation>[Ţĥé šéššîöñ ĥîšţöŕý {path} çöûļð ñöţ ƀé ûšéð ({damage}). Îţ ŵåš ķéþţ åš {aside} åñð å ñéŵ, émþţý ĥîšţöŕý ŵåš šţåŕţéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{notice} That new history could not be created either ({reason}).</source>
            <translation>[{notice} Ţĥåţ ñéŵ ĥîšţöŕý çöûļð ñöţ ƀé çŕéåţéð éîţĥéŕ ({reason}). ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That session was never saved in {path}.</source>
            <translation>[Ţĥåţ šéššîöñ ŵåš ñévéŕ šåvéð îñ {path}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Session {id} in {path} is unreadable.</source>
            <translation>[Šéššîöñ {id} îñ {path} îš ûñŕéåðåƀļé. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>other users can read it, and it is not yours to change</source>
            <translation>[öţĥéŕ ûšéŕš çåñ ŕéåð îţ, åñð îţ îš ñöţ ýöûŕš ţö çĥåñĝé ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You can follow up to {count} goals.</source>
            <translation>[Ýöû çåñ föļļöŵ ûþ ţö {count} ĝöåļš. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not read {path}: {reason}.</source>
            <translation>[Çöûļð ñöţ ŕéåð {path}: {reason}. ~~~~~~~]</translation>
        </message>
        <message>
            <source>A goal's name cannot hold invisible control characters.</source>
            <translation>[Å ĝöåļ'š ñåmé çåññöţ ĥöļð îñvîšîƀļé çöñţŕöļ çĥåŕåçţéŕš. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A goal needs a name.</source>
            <translation>[Å ĝöåļ ñééðš å ñåmé. ~~~]</translation>
        </message>
        <message>
            <source>its integrity check failed</source>
            <translation>[îţš îñţéĝŕîţý çĥéçķ fåîļéð ~~~~~]</translation>
        </message>
        <message>
            <source>it holds tables Footcare does not know</source>
            <translation>[îţ ĥöļðš ţåƀļéš Fööţçåŕé ðöéš ñöţ ķñöŵ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Session {id} is no longer in {path}.</source>
            <translation>[Šéššîöñ {id} îš ñö ļöñĝéŕ îñ {path}. ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>StyleText</name>
        <message>
            <source>Get ready</source>
            <translation>[Ĝéţ ŕéåðý ~]</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>[Ĥöļð ~]</translation>
        </message>
        <message>
            <source>Relax</source>
            <translation>[Ŕéļåx ~]</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>[Mövé ~]</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>[Ŕéšţ ~]</translation>
        </message>
        <message>
            <source>Switch feet</source>
            <translation>[Šŵîţçĥ fééţ ~]</translation>
        </message>
        <message>
            <source>Stretch to a feeling of tension, not to sharp pain. Stop if the pain is sharp or gets worse, and ask your clinician. Footcare counts time for you; it does not replace a clinician's advice.</source>
            <translation>[Šţŕéţçĥ ţö å fééļîñĝ öf ţéñšîöñ, ñöţ ţö šĥåŕþ þåîñ. Šţöþ îf ţĥé þåîñ îš šĥåŕþ öŕ ĝéţš ŵöŕšé, åñð åšķ ýöûŕ çļîñîçîåñ. Fööţçåŕé çöûñţš ţîmé föŕ ýöû; îţ ðöéš ñöţ ŕéþļåçé å çļîñîçîåñ'š åðvîçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Pain now (optional):</source>
            <translation>[Þåîñ ñöŵ (öþţîöñåļ): ~~~]</translation>
        </message>
        <message>
            <source>A note for your log (optional), e.g. how the foot felt</source>
            <translation>[Å ñöţé föŕ ýöûŕ ļöĝ (öþţîöñåļ), é.ĝ. ĥöŵ ţĥé fööţ féļţ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Note about this session</source>
            <translation>[Ñöţé åƀöûţ ţĥîš šéššîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Optional. Saved in your log when you leave the field or the summary</source>
            <translation>[Öþţîöñåļ. Šåvéð îñ ýöûŕ ļöĝ ŵĥéñ ýöû ļéåvé ţĥé fîéļð öŕ ţĥé šûmmåŕý ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Do it again</source>
            <translation>[Ðö îţ åĝåîñ ~]</translation>
        </message>
        <message>
            <source>Start the same exercise again</source>
            <translation>[Šţåŕţ ţĥé šåmé éxéŕçîšé åĝåîñ ~~~~~~]</translation>
        </message>
        <message>
            <source>Back to exercises</source>
            <translation>[ßåçķ ţö éxéŕçîšéš ~~~]</translation>
        </message>
        <message>
            <source>Return to the list</source>
            <translation>[Ŕéţûŕñ ţö ţĥé ļîšţ ~~~]</translation>
        </message>
        <message>
            <source>Start the same routine again</source>
            <translation>[Šţåŕţ ţĥé šåmé ŕöûţîñé åĝåîñ ~~~~~~]</translation>
        </message>
        <message>
            <source>{title} {first}.</source>
            <translation>[{title} {first}. ~~]</translation>
        </message>
    </context>
    <context>
        <name>TodayKeeper</name>
        <message>
            <source>The history could not be read. {error}</source>
            <translation>[Ţĥé ĥîšţöŕý çöûļð ñöţ ƀé ŕéåð. {error} ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>TodayPanel</name>
        <message>
            <source>Today</source>
            <translation>[Ţöðåý ~]</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>[Ĥîšţöŕý… ~]</translation>
        </message>
        <message>
            <source>Sessions, charts, pain log and report (Ctrl+H)</source>
            <translation>[Šéššîöñš, çĥåŕţš, þåîñ ļöĝ åñð ŕéþöŕţ (Çţŕļ+Ĥ) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Open your sessions, charts, pain log and report (Ctrl+H)</source>
            <translation>[Öþéñ ýöûŕ šéššîöñš, çĥåŕţš, þåîñ ļöĝ åñð ŕéþöŕţ (Çţŕļ+Ĥ) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Routine to start</source>
            <translation>[Ŕöûţîñé ţö šţåŕţ ~~]</translation>
        </message>
        <message>
            <source>The routine that Start routine runs</source>
            <translation>[Ţĥé ŕöûţîñé ţĥåţ Šţåŕţ ŕöûţîñé ŕûñš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Start routine</source>
            <translation>[Šţåŕţ ŕöûţîñé ~]</translation>
        </message>
        <message>
            <source>Do every exercise of this routine in one go (Ctrl+Enter)</source>
            <translation>[Ðö évéŕý éxéŕçîšé öf ţĥîš ŕöûţîñé îñ öñé ĝö (Çţŕļ+Éñţéŕ) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Do every exercise of the chosen routine in one go (Ctrl+Enter)</source>
            <translation>[Ðö évéŕý éxéŕçîšé öf ţĥé çĥöšéñ ŕöûţîñé îñ öñé ĝö (Çţŕļ+Éñţéŕ) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>✓ All {target} sessions done. Well done!</source>
            <translation>[✓ Åļļ {target} šéššîöñš ðöñé. Ŵéļļ ðöñé! ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{done} of {target} sessions done · {met} of {exercises} exercises complete</source>
            <translation>[{done} öf {target} šéššîöñš ðöñé · {met} öf {exercises} éxéŕçîšéš çömþļéţé ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Streak: {days} in a row with every target met · best {best}</source>
            <translation>[Šţŕéåķ: {days} îñ å ŕöŵ ŵîţĥ évéŕý ţåŕĝéţ méţ · ƀéšţ {best} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Streak: meet every target today to start one · best {best}</source>
            <translation>[Šţŕéåķ: mééţ évéŕý ţåŕĝéţ ţöðåý ţö šţåŕţ öñé · ƀéšţ {best} ~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>TodayText</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>[%n ðåý ~]</numerusform>
                <numerusform>[%n ðåýš ~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrayText</name>
        <message>
            <source>Footcare is still running</source>
            <translation>[Fööţçåŕé îš šţîļļ ŕûññîñĝ ~~~~~]</translation>
        </message>
        <message>
            <source>Footcare stays in the tray so it can remind you of your exercises. To quit, choose Quit from the tray menu or the File menu.</source>
            <translation>[Fööţçåŕé šţåýš îñ ţĥé ţŕåý šö îţ çåñ ŕémîñð ýöû öf ýöûŕ éxéŕçîšéš. Ţö qûîţ, çĥööšé Qûîţ fŕöm ţĥé ţŕåý méñû öŕ ţĥé Fîļé méñû. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{exercise} — paused</source>
            <translation>[{exercise} — þåûšéð ~~~]</translation>
        </message>
        <message>
            <source>{exercise} — {step}, rep {rep} of {reps}</source>
            <translation>[{exercise} — {step}, ŕéþ {rep} öf {reps} ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{exercise} — {step}, {seconds} s left</source>
            <translation>[{exercise} — {step}, {seconds} š ļéfţ ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>&amp;Left foot</source>
            <translation>[&amp;Ļéfţ fööţ ~]</translation>
        </message>
        <message>
            <source>&amp;Right foot</source>
            <translation>[&amp;Ŕîĝĥţ fööţ ~]</translation>
        </message>
        <message>
            <source>&amp;Both feet</source>
            <translation>[&amp;ßöţĥ fééţ ~]</translation>
        </message>
        <message>
            <source>&amp;Not sure</source>
            <translation>[&amp;Ñöţ šûŕé ~]</translation>
        </message>
        <message>
            <source>Welcome to Footcare</source>
            <translation>[Ŵéļçömé ţö Fööţçåŕé ~~~]</translation>
        </message>
        <message>
            <source>A few choices before you start, each saved as you make it; all of them are in Preferences too. Nothing to change? Skip.</source>
            <translation>[Å féŵ çĥöîçéš ƀéföŕé ýöû šţåŕţ, éåçĥ šåvéð åš ýöû måķé îţ; åļļ öf ţĥém åŕé îñ Þŕéféŕéñçéš ţöö. Ñöţĥîñĝ ţö çĥåñĝé? Šķîþ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Which foot is painful?</source>
            <translation>[Ŵĥîçĥ fööţ îš þåîñfûļ? ~~~~]</translation>
        </message>
        <message>
            <source>Exercises for the painful foot then name it; Preferences can change it</source>
            <translation>[Éxéŕçîšéš föŕ ţĥé þåîñfûļ fööţ ţĥéñ ñåmé îţ; Þŕéféŕéñçéš çåñ çĥåñĝé îţ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>[Šöûñð ~]</translation>
        </message>
        <message>
            <source>&amp;Speak the prompts (“Hold, rep 3 of 8”)</source>
            <translation>[&amp;Šþéåķ ţĥé þŕömþţš (“Ĥöļð, ŕéþ 3 öf 8”) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A voice says each step, so you need not look at the screen</source>
            <translation>[Å vöîçé šåýš éåçĥ šţéþ, šö ýöû ñééð ñöţ ļööķ åţ ţĥé šçŕééñ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Test sound</source>
            <translation>[&amp;Ţéšţ šöûñð ~]</translation>
        </message>
        <message>
            <source>Play the tones, then a spoken prompt if the voice is on</source>
            <translation>[Þļåý ţĥé ţöñéš, ţĥéñ å šþöķéñ þŕömþţ îf ţĥé vöîçé îš öñ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Start using Footcare</source>
            <translation>[Šţåŕţ ûšîñĝ Fööţçåŕé ~~~]</translation>
        </message>
        <message>
            <source>Your choices are saved (Enter)</source>
            <translation>[Ýöûŕ çĥöîçéš åŕé šåvéð (Éñţéŕ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>[Šķîþ ~]</translation>
        </message>
        <message>
            <source>Close the welcome; it stays under Help (Esc)</source>
            <translation>[Çļöšé ţĥé ŵéļçömé; îţ šţåýš ûñðéŕ Ĥéļþ (Éšç) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>[Ŕémîñðéŕš ~]</translation>
        </message>
        <message>
            <source>&amp;Remind me of my exercises at these times</source>
            <translation>[&amp;Ŕémîñð mé öf mý éxéŕçîšéš åţ ţĥéšé ţîméš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Footcare then keeps running in the tray when its window is closed</source>
            <translation>[Fööţçåŕé ţĥéñ ķééþš ŕûññîñĝ îñ ţĥé ţŕåý ŵĥéñ îţš ŵîñðöŵ îš çļöšéð ~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>WindowDialogs</name>
        <message>
            <source>Could not import the routine</source>
            <translation>[Çöûļð ñöţ îmþöŕţ ţĥé ŕöûţîñé ~~~~~~]</translation>
        </message>
        <message>
            <source>Saved “{name}” and its doses from {file}.</source>
            <translation>[Šåvéð “{name}” åñð îţš ðöšéš fŕöm {file}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Routine imported</source>
            <translation>[Ŕöûţîñé îmþöŕţéð ~~]</translation>
        </message>
        <message>
            <source>Safety note</source>
            <translation>[Šåféţý ñöţé ~]</translation>
        </message>
        <message>
            <source>About Footcare</source>
            <translation>[Åƀöûţ Fööţçåŕé ~~]</translation>
        </message>
    </context>
</TS>
