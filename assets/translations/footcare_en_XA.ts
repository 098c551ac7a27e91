<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en">
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
        <name>PdfText</name>
        <message>
            <source>Footcare report</source>
            <translation>[Fööţçåŕé ŕéþöŕţ ~~]</translation>
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
        <message numerus="yes">
            <source>%n session(s) finished on {active} of {days} days; {stopped} stopped early.</source>
            <translation>
                <numerusform>[%n šéššîöñ fîñîšĥéð öñ {active} öf {days} ðåýš; {stopped} šţöþþéð éåŕļý. ~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n šéššîöñš fîñîšĥéð öñ {active} öf {days} ðåýš; {stopped} šţöþþéð éåŕļý. ~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
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
        <message>
            <source>All exercises</source>
            <translation>[Åļļ éxéŕçîšéš ~]</translation>
        </message>
        <message>
            <source>Finished sessions against the target from {first} (the start of the period, or the first day with a recorded session) to {last}, the day the report was made, which counts in full. Extra sessions on one day do not make up for a missed day.</source>
            <translation>[Fîñîšĥéð šéššîöñš åĝåîñšţ ţĥé ţåŕĝéţ fŕöm {first} (ţĥé šţåŕţ öf ţĥé þéŕîöð, öŕ ţĥé fîŕšţ ðåý ŵîţĥ å ŕéçöŕðéð šéššîöñ) ţö {last}, ţĥé ðåý ţĥé ŕéþöŕţ ŵåš måðé, ŵĥîçĥ çöûñţš îñ fûļļ. Éxţŕå šéššîöñš öñ öñé ðåý ðö ñöţ måķé ûþ föŕ å mîššéð ðåý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
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
            <source>The file holds a number too long to be a routine value</source>
            <translation>[Ţĥé fîļé ĥöļðš å ñûmƀéŕ ţöö ļöñĝ ţö ƀé å ŕöûţîñé våļûé ~~~~~~~~~~~~~~]</translation>
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
</TS>
