<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Footcare&apos;s icon</source>
        <translation>Footcare-Symbol</translation>
    </message>
</context>
<context>
    <name>AppText</name>
    <message>
        <source>Footcare cannot start</source>
        <translation>Footcare kann nicht starten</translation>
    </message>
</context>
<context>
    <name>AudioCues</name>
    <message>
        <source>Hold the stretch, rep 1 of 8</source>
        <translation>Dehnung halten, Wiederholung 1 von 8</translation>
    </message>
</context>
<context>
    <name>BrowserText</name>
    <message>
        <source>✓ Done today</source>
        <translation>✓ Heute erledigt</translation>
    </message>
    <message>
        <source>{done} of {target} today</source>
        <translation>heute {done} von {target}</translation>
    </message>
    <message>
        <source>Outside the suggested range: {values}. Allowed, if your clinician prescribed it.</source>
        <translation>Außerhalb des empfohlenen Bereichs: {values}. Erlaubt, wenn Ihre Therapeutin oder Ihr Therapeut es verordnet hat.</translation>
    </message>
    <message>
        <source>{exercise}: {dose}</source>
        <translation>{exercise}: {dose}</translation>
    </message>
    <message>
        <source>{exercise}: {dose}. {today}.</source>
        <translation>{exercise}: {dose}. {today}.</translation>
    </message>
    <message>
        <source>One session takes about {length}.</source>
        <translation>Eine Einheit dauert etwa {length}.</translation>
    </message>
    <message>
        <source>One session takes {length}.</source>
        <translation>Eine Einheit dauert {length}.</translation>
    </message>
    <message>
        <source>Your dose</source>
        <translation>Ihre Dosierung</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Progression:&lt;/b&gt; {text}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Steigerung:&lt;/b&gt; {text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Durchführung</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Calf stretch</source>
        <extracomment>calf-stretch: name</extracomment>
        <translation>Wadendehnung</translation>
    </message>
    <message>
        <source>Tight calf muscles push extra force onto the ball of the foot. Lengthening them takes some of that load away.</source>
        <extracomment>calf-stretch: why</extracomment>
        <translation>Verkürzte Wadenmuskeln drücken zusätzliche Kraft auf den Fußballen. Wenn Sie sie dehnen, nimmt das einen Teil dieser Last weg.</translation>
    </message>
    <message>
        <source>Stand facing a wall, about an arm&apos;s length away, with your hands flat on the wall.</source>
        <extracomment>calf-stretch: position</extracomment>
        <translation>Stellen Sie sich etwa eine Armlänge vor eine Wand und legen Sie die Hände flach an die Wand.</translation>
    </message>
    <message>
        <source>Step one foot forward and keep the other foot back.</source>
        <extracomment>calf-stretch: steps[1]</extracomment>
        <translation>Machen Sie mit einem Fuß einen Schritt nach vorn und lassen Sie den anderen Fuß hinten.</translation>
    </message>
    <message>
        <source>Lean towards the wall, keeping the back heel on the floor and the back knee straight.</source>
        <extracomment>calf-stretch: steps[2]</extracomment>
        <translation>Lehnen Sie sich zur Wand; die hintere Ferse bleibt am Boden, das hintere Knie gestreckt.</translation>
    </message>
    <message>
        <source>You should feel a stretch along the calf of the back leg. Hold it there.</source>
        <extracomment>calf-stretch: steps[3]</extracomment>
        <translation>Sie sollten eine Dehnung in der Wade des hinteren Beins spüren. Halten Sie diese Position.</translation>
    </message>
    <message>
        <source>Change legs and stretch the other calf.</source>
        <extracomment>calf-stretch: steps[4]</extracomment>
        <translation>Wechseln Sie das Bein und dehnen Sie die andere Wade.</translation>
    </message>
    <message>
        <source>Stretch until you feel tension in the calf, not pain. Let your heel stay down rather than forcing the lean.</source>
        <extracomment>calf-stretch: caution</extracomment>
        <translation>Dehnen Sie nur so weit, dass Sie Spannung in der Wade spüren, keinen Schmerz. Lassen Sie lieber die Ferse unten, statt sich mit Gewalt weiter vorzulehnen.</translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <extracomment>calf-stretch: phases[1].label</extracomment>
        <translation>Dehnung halten</translation>
    </message>
    <message>
        <source>Lean into the wall, back heel down, back knee straight. Breathe steadily.</source>
        <extracomment>calf-stretch: phases[1].instruction</extracomment>
        <translation>Zur Wand lehnen, hintere Ferse unten, hinteres Knie gestreckt. Ruhig weiteratmen.</translation>
    </message>
    <message>
        <source>Hold for 30 to 60 seconds.</source>
        <extracomment>calf-stretch: phases[1].seconds.note</extracomment>
        <translation>30 bis 60 Sekunden halten.</translation>
    </message>
    <message>
        <source>Relax</source>
        <extracomment>calf-stretch: phases[2].label</extracomment>
        <translation>Entspannen</translation>
    </message>
    <message>
        <source>Ease off and stand upright before the next hold.</source>
        <extracomment>calf-stretch: phases[2].instruction</extracomment>
        <translation>Lassen Sie locker und richten Sie sich vor dem nächsten Halten auf.</translation>
    </message>
    <message>
        <source>The source describes a single hold per leg.</source>
        <extracomment>calf-stretch: reps.note</extracomment>
        <translation>Die Quelle beschreibt ein einmaliges Halten pro Bein.</translation>
    </message>
    <message>
        <source>Two times per day.</source>
        <extracomment>calf-stretch: per_day.note</extracomment>
        <translation>Zweimal täglich.</translation>
    </message>
    <message>
        <source>Achilles tendon stretch</source>
        <extracomment>achilles-stretch: name</extracomment>
        <translation>Achillessehnendehnung</translation>
    </message>
    <message>
        <source>A flexible, loose Achilles tendon helps keep pressure off the ball of the foot.</source>
        <extracomment>achilles-stretch: why</extracomment>
        <translation>Eine bewegliche, lockere Achillessehne hilft, den Fußballen zu entlasten.</translation>
    </message>
    <message>
        <source>Stand on a kerb or a stair with the balls of your feet on the edge and your heels hanging off. Hold a rail or wall for balance.</source>
        <extracomment>achilles-stretch: position</extracomment>
        <translation>Stellen Sie sich mit den Fußballen auf die Kante eines Bordsteins oder einer Treppenstufe, die Fersen ragen über die Kante hinaus. Halten Sie sich zur Sicherheit an einem Geländer oder an der Wand fest.</translation>
    </message>
    <message>
        <source>Slowly let your heels sink below the edge and hold while the back of the ankle stretches.</source>
        <extracomment>achilles-stretch: steps[1]</extracomment>
        <translation>Lassen Sie die Fersen langsam unter die Kante sinken und halten Sie, während sich die Rückseite des Sprunggelenks dehnt.</translation>
    </message>
    <message>
        <source>Rise up onto your toes to work the calf and hold there.</source>
        <extracomment>achilles-stretch: steps[2]</extracomment>
        <translation>Gehen Sie auf die Zehenspitzen, um die Wade zu kräftigen, und halten Sie dort.</translation>
    </message>
    <message>
        <source>Lower back to level and repeat.</source>
        <extracomment>achilles-stretch: steps[3]</extracomment>
        <translation>Kehren Sie in die waagerechte Position zurück und wiederholen Sie.</translation>
    </message>
    <message>
        <source>Move slowly and keep hold of a rail: this is done on an edge. Stop if the pain is sharp.</source>
        <extracomment>achilles-stretch: caution</extracomment>
        <translation>Bewegen Sie sich langsam und halten Sie sich an einem Geländer fest: Sie stehen auf einer Kante. Hören Sie bei stechendem Schmerz auf.</translation>
    </message>
    <message>
        <source>Heels down</source>
        <extracomment>achilles-stretch: phases[1].label</extracomment>
        <translation>Fersen senken</translation>
    </message>
    <message>
        <source>Lower your heels slowly below the edge and hold the stretch.</source>
        <extracomment>achilles-stretch: phases[1].instruction</extracomment>
        <translation>Senken Sie die Fersen langsam unter die Kante und halten Sie die Dehnung.</translation>
    </message>
    <message>
        <source>The source says &apos;a few seconds&apos;; Footcare counts 3.</source>
        <extracomment>achilles-stretch: phases[1].seconds.note</extracomment>
        <translation>Die Quelle sagt „einige Sekunden“; Footcare zählt 3.</translation>
    </message>
    <message>
        <source>Up on your toes</source>
        <extracomment>achilles-stretch: phases[2].label</extracomment>
        <translation>Auf die Zehenspitzen</translation>
    </message>
    <message>
        <source>Rise onto your toes, squeeze the calf and hold.</source>
        <extracomment>achilles-stretch: phases[2].instruction</extracomment>
        <translation>Gehen Sie auf die Zehenspitzen, spannen Sie die Wade an und halten Sie.</translation>
    </message>
    <message>
        <source>Three sets of 12.</source>
        <extracomment>achilles-stretch: reps.note</extracomment>
        <translation>Drei Sätze zu je 12.</translation>
    </message>
    <message>
        <source>Each day.</source>
        <extracomment>achilles-stretch: per_day.note</extracomment>
        <translation>Täglich.</translation>
    </message>
    <message>
        <source>Ankle extension</source>
        <extracomment>ankle-extension: name</extracomment>
        <translation>Sprunggelenk-Streckung</translation>
    </message>
    <message>
        <source>Everyday walking and sport can stiffen the ankle. Bending the toes and foot back loosens it.</source>
        <extracomment>ankle-extension: why</extracomment>
        <translation>Alltägliches Gehen und Sport können das Sprunggelenk steif machen. Zehen und Fuß nach hinten zu beugen lockert es.</translation>
    </message>
    <message>
        <source>Sit on a chair and rest the ankle of your painful foot on the opposite knee.</source>
        <extracomment>ankle-extension: position</extracomment>
        <translation>Setzen Sie sich auf einen Stuhl und legen Sie das Sprunggelenk des schmerzenden Fußes auf das andere Knie.</translation>
    </message>
    <message>
        <source>Hold the ankle with the hand on the same side as that foot.</source>
        <extracomment>ankle-extension: steps[1]</extracomment>
        <translation>Halten Sie das Sprunggelenk mit der Hand auf derselben Seite wie dieser Fuß.</translation>
    </message>
    <message>
        <source>With the other hand, take hold of your toes.</source>
        <extracomment>ankle-extension: steps[2]</extracomment>
        <translation>Fassen Sie mit der anderen Hand Ihre Zehen.</translation>
    </message>
    <message>
        <source>Draw the toes back towards you until the stretch is strong and uncomfortable, then hold.</source>
        <extracomment>ankle-extension: steps[3]</extracomment>
        <translation>Ziehen Sie die Zehen zu sich heran, bis die Dehnung kräftig und unangenehm ist, und halten Sie dann.</translation>
    </message>
    <message>
        <source>Let go and relax before the next rep.</source>
        <extracomment>ankle-extension: steps[4]</extracomment>
        <translation>Lassen Sie los und entspannen Sie vor der nächsten Wiederholung.</translation>
    </message>
    <message>
        <source>The source advises pulling until it is quite painful. Stop short of sharp pain, and stop altogether if the pain gets worse from one day to the next.</source>
        <extracomment>ankle-extension: caution</extracomment>
        <translation>Die Quelle rät, zu ziehen, bis es recht schmerzhaft ist. Bleiben Sie unterhalb eines stechenden Schmerzes und hören Sie ganz auf, wenn der Schmerz von einem Tag zum nächsten schlimmer wird.</translation>
    </message>
    <message>
        <source>Pull the toes back</source>
        <extracomment>ankle-extension: phases[1].label</extracomment>
        <translation>Zehen heranziehen</translation>
    </message>
    <message>
        <source>Draw your toes towards you and hold the stretch.</source>
        <extracomment>ankle-extension: phases[1].instruction</extracomment>
        <translation>Ziehen Sie die Zehen zu sich heran und halten Sie die Dehnung.</translation>
    </message>
    <message>
        <source>Hold for 5 to 10 seconds.</source>
        <extracomment>ankle-extension: phases[1].seconds.note</extracomment>
        <translation>5 bis 10 Sekunden halten.</translation>
    </message>
    <message>
        <source>Let go of your toes and let the foot rest.</source>
        <extracomment>ankle-extension: phases[2].instruction</extracomment>
        <translation>Lassen Sie die Zehen los und lassen Sie den Fuß ruhen.</translation>
    </message>
    <message>
        <source>Relax for 10 seconds.</source>
        <extracomment>ankle-extension: phases[2].seconds.note</extracomment>
        <translation>10 Sekunden entspannen.</translation>
    </message>
    <message>
        <source>Three sets of eight reps.</source>
        <extracomment>ankle-extension: reps.note</extracomment>
        <translation>Drei Sätze zu je acht Wiederholungen.</translation>
    </message>
    <message>
        <source>Ankle flexion</source>
        <extracomment>ankle-flexion: name</extracomment>
        <translation>Sprunggelenk-Beugung</translation>
    </message>
    <message>
        <source>Working the ankle in the other direction keeps it supple all the way round.</source>
        <extracomment>ankle-flexion: why</extracomment>
        <translation>Wenn Sie das Sprunggelenk auch in die andere Richtung bewegen, bleibt es in alle Richtungen geschmeidig.</translation>
    </message>
    <message>
        <source>Sit as for the ankle extension, with the painful foot crossed over the other knee.</source>
        <extracomment>ankle-flexion: position</extracomment>
        <translation>Sitzen Sie wie bei der Sprunggelenk-Streckung, den schmerzenden Fuß über das andere Knie gelegt.</translation>
    </message>
    <message>
        <source>This time hold the ankle with the opposite hand.</source>
        <extracomment>ankle-flexion: steps[1]</extracomment>
        <translation>Halten Sie das Sprunggelenk diesmal mit der gegenüberliegenden Hand.</translation>
    </message>
    <message>
        <source>Take hold of your toes with the hand on the same side as that foot.</source>
        <extracomment>ankle-flexion: steps[2]</extracomment>
        <translation>Fassen Sie Ihre Zehen mit der Hand auf derselben Seite wie dieser Fuß.</translation>
    </message>
    <message>
        <source>Press the toes in towards your shin until you feel some pain, then ease off slightly.</source>
        <extracomment>ankle-flexion: steps[3]</extracomment>
        <translation>Drücken Sie die Zehen in Richtung Schienbein, bis Sie etwas Schmerz spüren, und lassen Sie dann ein wenig nach.</translation>
    </message>
    <message>
        <source>Hold there, then relax before the next rep.</source>
        <extracomment>ankle-flexion: steps[4]</extracomment>
        <translation>Halten Sie dort und entspannen Sie dann vor der nächsten Wiederholung.</translation>
    </message>
    <message>
        <source>Ease off a little once you feel pain: hold at a point you can keep still. Stop if the pain is sharp.</source>
        <extracomment>ankle-flexion: caution</extracomment>
        <translation>Lassen Sie etwas nach, sobald Sie Schmerz spüren: Halten Sie an einem Punkt, an dem Sie ruhig bleiben können. Hören Sie bei stechendem Schmerz auf.</translation>
    </message>
    <message>
        <source>Toes in, hold</source>
        <extracomment>ankle-flexion: phases[1].label</extracomment>
        <translation>Zehen beugen, halten</translation>
    </message>
    <message>
        <source>Press your toes in towards your shin, ease off slightly and hold.</source>
        <extracomment>ankle-flexion: phases[1].instruction</extracomment>
        <translation>Drücken Sie die Zehen in Richtung Schienbein, lassen Sie etwas nach und halten Sie.</translation>
    </message>
    <message>
        <source>The source gives no relax time; Footcare uses the ankle extension&apos;s 10 seconds.</source>
        <extracomment>ankle-flexion: phases[2].seconds.note</extracomment>
        <translation>Die Quelle nennt keine Entspannungszeit; Footcare übernimmt die 10 Sekunden der Sprunggelenk-Streckung.</translation>
    </message>
    <message>
        <source>The source gives no reps; Footcare uses the ankle extension&apos;s eight.</source>
        <extracomment>ankle-flexion: reps.note</extracomment>
        <translation>Die Quelle nennt keine Wiederholungen; Footcare übernimmt die acht der Sprunggelenk-Streckung.</translation>
    </message>
    <message>
        <source>The source gives no sets; Footcare uses the ankle extension&apos;s three.</source>
        <extracomment>ankle-flexion: sets.note</extracomment>
        <translation>Die Quelle nennt keine Sätze; Footcare übernimmt die drei der Sprunggelenk-Streckung.</translation>
    </message>
    <message>
        <source>The source gives no frequency; Footcare suggests once a day.</source>
        <extracomment>ankle-flexion: per_day.note</extracomment>
        <translation>Die Quelle nennt keine Häufigkeit; Footcare schlägt einmal täglich vor.</translation>
    </message>
    <message>
        <source>Toe pulling</source>
        <extracomment>toe-pulling: name</extracomment>
        <translation>Zehenziehen</translation>
    </message>
    <message>
        <source>Gripping with the toes strengthens the small muscles under the foot. It feels odd at first.</source>
        <extracomment>toe-pulling: why</extracomment>
        <translation>Das Greifen mit den Zehen kräftigt die kleinen Muskeln der Fußsohle. Anfangs fühlt es sich ungewohnt an.</translation>
    </message>
    <message>
        <source>Stand barefoot on a smooth floor with your feet about hip-width apart.</source>
        <extracomment>toe-pulling: position</extracomment>
        <translation>Stellen Sie sich barfuß auf einen glatten Boden, die Füße etwa hüftbreit auseinander.</translation>
    </message>
    <message>
        <source>Curl the toes of the working foot as if grabbing something with them.</source>
        <extracomment>toe-pulling: steps[1]</extracomment>
        <translation>Krallen Sie die Zehen des übenden Fußes ein, als wollten Sie damit etwas greifen.</translation>
    </message>
    <message>
        <source>Use that grip to pull yourself forward along the floor, about 1 to 2 metres (3 to 6 feet) in all.</source>
        <extracomment>toe-pulling: steps[2]</extracomment>
        <translation>Ziehen Sie sich mit diesem Griff am Boden nach vorn, insgesamt etwa 1 bis 2 Meter.</translation>
    </message>
    <message>
        <source>Count one rep for each pull, then work the other foot.</source>
        <extracomment>toe-pulling: steps[3]</extracomment>
        <translation>Jedes Ziehen zählt als eine Wiederholung; danach ist der andere Fuß dran.</translation>
    </message>
    <message>
        <source>Keep your balance: stand near a wall or a chair. Stop if the ball of the foot hurts more as you go.</source>
        <extracomment>toe-pulling: caution</extracomment>
        <translation>Achten Sie auf Ihr Gleichgewicht: Stellen Sie sich in die Nähe einer Wand oder eines Stuhls. Hören Sie auf, wenn der Fußballen dabei stärker schmerzt.</translation>
    </message>
    <message>
        <source>Start with 25 reps per foot and work up to 75.</source>
        <extracomment>toe-pulling: progression</extracomment>
        <translation>Beginnen Sie mit 25 Wiederholungen pro Fuß und steigern Sie sich auf 75.</translation>
    </message>
    <message>
        <source>Pull</source>
        <extracomment>toe-pulling: phases[1].label</extracomment>
        <translation>Ziehen</translation>
    </message>
    <message>
        <source>Curl your toes, grip the floor and pull yourself forward.</source>
        <extracomment>toe-pulling: phases[1].instruction</extracomment>
        <translation>Zehen einkrallen, den Boden greifen und sich nach vorn ziehen.</translation>
    </message>
    <message>
        <source>25 reps per foot, working up to 75.</source>
        <extracomment>toe-pulling: reps.note</extracomment>
        <translation>25 Wiederholungen pro Fuß, steigernd bis 75.</translation>
    </message>
    <message>
        <source>Three times a day.</source>
        <extracomment>toe-pulling: per_day.note</extracomment>
        <translation>Dreimal täglich.</translation>
    </message>
    <message>
        <source>0 means at your own pace: press Space for each rep. Set seconds to be paced.</source>
        <extracomment>toe-pulling: pace_seconds.note</extracomment>
        <translation>0 heißt in Ihrem eigenen Tempo: Drücken Sie für jede Wiederholung die Leertaste. Geben Sie Sekunden an, um einen Takt vorzugeben.</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <source>%n session(s) over {days} days; target {target} a day</source>
        <translation>
            <numerusform>%n Einheit in {days} Tagen; Ziel: {target} pro Tag</numerusform>
            <numerusform>%n Einheiten in {days} Tagen; Ziel: {target} pro Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain ratings on {rated} of {days} days</source>
        <translation>Schmerzbewertungen an {rated} von {days} Tagen</translation>
    </message>
</context>
<context>
    <name>ChartsText</name>
    <message>
        <source>No pain ratings in this period</source>
        <translation>Keine Schmerzbewertungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Finished sessions per day</source>
        <translation>Abgeschlossene Einheiten pro Tag</translation>
    </message>
    <message>
        <source>Pain before and after sessions (0–10)</source>
        <translation>Schmerz vor und nach den Einheiten (0–10)</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Unter dem Ziel</translation>
    </message>
    <message>
        <source>Target {count} a day</source>
        <translation>Ziel: {count} pro Tag</translation>
    </message>
    <message>
        <source>Before session</source>
        <translation>Vor der Einheit</translation>
    </message>
    <message>
        <source>After session</source>
        <translation>Nach der Einheit</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Footcare check-in</source>
        <translation>Footcare: kurze Abfrage</translation>
    </message>
    <message>
        <source>Everything here is optional; your answers help your physiotherapist.</source>
        <translation>Alles hier ist freiwillig; Ihre Antworten helfen Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten.</translation>
    </message>
    <message>
        <source>Pain on your first steps this morning:</source>
        <translation>Schmerz bei den ersten Schritten heute Morgen:</translation>
    </message>
    <message>
        <source>Not all exercises were done on {day}. Why?</source>
        <translation>Am {day} wurden nicht alle Übungen gemacht. Warum?</translation>
    </message>
    <message>
        <source>Why the exercises were not all done</source>
        <translation>Warum nicht alle Übungen gemacht wurden</translation>
    </message>
    <message>
        <source>Your goals this week: how well can you do them? (0-10)</source>
        <translation>Ihre Ziele diese Woche: Wie gut gelingen sie Ihnen? (0–10)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Skip these questions today (Esc)</source>
        <translation>Diese Fragen heute überspringen (Esc)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Seconds left in this step, or the rep to count: click it or press Enter to count a rep</source>
        <translation>Verbleibende Sekunden dieses Schritts oder die zu zählende Wiederholung: Klicken Sie darauf oder drücken Sie Enter, um eine Wiederholung zu zählen</translation>
    </message>
</context>
<context>
    <name>CuesText</name>
    <message>
        <source>Get ready: {exercise}</source>
        <translation>Bereit machen: {exercise}</translation>
    </message>
    <message>
        <source>Get ready: {exercise}, left foot</source>
        <translation>Bereit machen: {exercise}, linker Fuß</translation>
    </message>
    <message>
        <source>Get ready: {exercise}, right foot</source>
        <translation>Bereit machen: {exercise}, rechter Fuß</translation>
    </message>
    <message>
        <source>Get ready: {exercise}, painful foot</source>
        <translation>Bereit machen: {exercise}, schmerzender Fuß</translation>
    </message>
    <message>
        <source>{step}, rep {rep} of {reps}</source>
        <translation>{step}, Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Rest. Next, set {set} of {sets}</source>
        <translation>Pause. Als Nächstes Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Einheit zu Ende</translation>
    </message>
</context>
<context>
    <name>DeletionText</name>
    <message numerus="yes">
        <source>Delete these %n sessions from your history? You can undo this while History is open.</source>
        <translation>
            <numerusform>Diese %n Einheit aus Ihrem Verlauf löschen? Solange der Verlauf geöffnet ist, können Sie das rückgängig machen.</numerusform>
            <numerusform>Diese %n Einheiten aus Ihrem Verlauf löschen? Solange der Verlauf geöffnet ist, können Sie das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s).</source>
        <translation>
            <numerusform>%n Einheit gelöscht.</numerusform>
            <numerusform>%n Einheiten gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DescribeText</name>
    <message>
        <source>each foot</source>
        <translation>jeder Fuß</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>linker Fuß</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>rechter Fuß</translation>
    </message>
    <message>
        <source>painful foot</source>
        <translation>schmerzender Fuß</translation>
    </message>
    <message>
        <source>both feet</source>
        <translation>beide Füße</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>einmal täglich</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>zweimal täglich</translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n-mal täglich</numerusform>
            <numerusform>%n-mal täglich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) per foot</source>
        <translation>
            <numerusform>%n Wiederholung pro Fuß</numerusform>
            <numerusform>%n Wiederholungen pro Fuß</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s hold</source>
        <translation>{seconds} s halten</translation>
    </message>
    <message>
        <source>{sets} × {reps}</source>
        <translation>{sets} × {reps}</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separates the parts of a line</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>{phase}: counted, every {seconds} s</source>
        <translation>{phase}: gezählt, alle {seconds} s</translation>
    </message>
    <message>
        <source>{phase}: counted, at your own pace</source>
        <translation>{phase}: gezählt, in Ihrem eigenen Tempo</translation>
    </message>
    <message>
        <source>{phase}: {seconds} s</source>
        <translation>{phase}: {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) × {sets} sets</source>
        <translation>
            <numerusform>%n Wiederholung × {sets} Sätze</numerusform>
            <numerusform>%n Wiederholungen × {sets} Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest {seconds} s between sets</source>
        <translation>{seconds} s Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Painful foot</source>
        <translation>Schmerzender Fuß</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>{foot} ({side} of {sides})</source>
        <translation>{foot} ({side} von {sides})</translation>
    </message>
    <message>
        <source>{step} · rep {rep} of {reps}</source>
        <translation>{step} · Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>{step} · {seconds} s · rep {rep} of {reps}</source>
        <translation>{step} · {seconds} s · Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>{step} · {seconds} s</source>
        <translation>{step} · {seconds} s</translation>
    </message>
</context>
<context>
    <name>DesktopText</name>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>DoseEditorDialog</name>
    <message>
        <source>Dose: {exercise}</source>
        <translation>Dosierung: {exercise}</translation>
    </message>
    <message>
        <source>{phase}:</source>
        <translation>{phase}:</translation>
    </message>
    <message>
        <source>Reps:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>Sets:</source>
        <translation>Sätze:</translation>
    </message>
    <message>
        <source>Rest between sets:</source>
        <translation>Pause zwischen den Sätzen:</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Takt:</translation>
    </message>
    <message>
        <source> s per rep</source>
        <translation> s pro Wiederholung</translation>
    </message>
    <message>
        <source>Your own pace (press Space for each rep)</source>
        <translation>Eigenes Tempo (Leertaste für jede Wiederholung)</translation>
    </message>
    <message>
        <source>Which feet</source>
        <translation>Welche Füße</translation>
    </message>
    <message>
        <source>Both feet in turn, one foot, or the painful foot</source>
        <translation>Beide Füße nacheinander, ein Fuß oder der schmerzende Fuß</translation>
    </message>
    <message>
        <source>Feet:</source>
        <translation>Füße:</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Use the catalogue&apos;s dose for this exercise</source>
        <translation>Die vorgegebene Dosierung für diese Übung verwenden</translation>
    </message>
    <message>
        <source>Use this dose</source>
        <translation>Diese Dosierung verwenden</translation>
    </message>
    <message>
        <source>Up and Down change the value</source>
        <translation>Hoch und Herunter ändern den Wert</translation>
    </message>
</context>
<context>
    <name>DoseEditorText</name>
    <message>
        <source>Say which foot is painful in Preferences, and this will use it.</source>
        <translation>Geben Sie in den Einstellungen an, welcher Fuß schmerzt; dann wird dieser verwendet.</translation>
    </message>
    <message>
        <source>The painful foot (left)</source>
        <translation>Der schmerzende Fuß (links)</translation>
    </message>
    <message>
        <source>The painful foot (right)</source>
        <translation>Der schmerzende Fuß (rechts)</translation>
    </message>
    <message>
        <source>The painful feet (both, one after the other)</source>
        <translation>Die schmerzenden Füße (beide, nacheinander)</translation>
    </message>
    <message>
        <source>The painful foot</source>
        <translation>Der schmerzende Fuß</translation>
    </message>
    <message>
        <source>Left foot only</source>
        <translation>Nur der linke Fuß</translation>
    </message>
    <message>
        <source>Right foot only</source>
        <translation>Nur der rechte Fuß</translation>
    </message>
    <message>
        <source>Both feet, one after the other</source>
        <translation>Beide Füße, einer nach dem anderen</translation>
    </message>
    <message>
        <source>{action} (Enter)</source>
        <translation>{action} (Enter)</translation>
    </message>
    <message>
        <source>Close and change nothing (Esc)</source>
        <translation>Schließen, ohne etwas zu ändern (Esc)</translation>
    </message>
    <message>
        <source>Suggested {low} to {high}, from the source.</source>
        <translation>Empfohlen: {low} bis {high}, laut Quelle.</translation>
    </message>
    <message>
        <source>Suggested {low} to {high}, Footcare&apos;s usual range; the source gives {default}.</source>
        <translation>Empfohlen {low} bis {high}, der übliche Bereich von Footcare; die Quelle nennt {default}.</translation>
    </message>
    <message>
        <source>Suggested {low} to {high}, from Footcare (the source is silent).</source>
        <translation>Empfohlen: {low} bis {high}, von Footcare (die Quelle nennt nichts).</translation>
    </message>
</context>
<context>
    <name>DoseViewText</name>
    <message>
        <source>{mark} source {low}–{high} s</source>
        <translation>{mark} Quelle {low}–{high} s</translation>
    </message>
    <message>
        <source>{mark} source {low}–{high}</source>
        <translation>{mark} Quelle {low}–{high}</translation>
    </message>
    <message>
        <source>outside the source&apos;s {low} to {high} seconds</source>
        <translation>außerhalb der {low} bis {high} Sekunden der Quelle</translation>
    </message>
    <message>
        <source>outside the source&apos;s {low} to {high}</source>
        <translation>außerhalb der {low} bis {high} der Quelle</translation>
    </message>
    <message>
        <source>{mark} usual {low}–{high} s</source>
        <translation>{mark} üblich {low}–{high} s</translation>
    </message>
    <message>
        <source>{mark} usual {low}–{high}</source>
        <translation>{mark} üblich {low}–{high}</translation>
    </message>
    <message>
        <source>outside Footcare&apos;s usual {low} to {high} seconds</source>
        <translation>außerhalb der bei Footcare üblichen {low} bis {high} Sekunden</translation>
    </message>
    <message>
        <source>outside Footcare&apos;s usual {low} to {high}</source>
        <translation>außerhalb der bei Footcare üblichen {low} bis {high}</translation>
    </message>
    <message>
        <source>{value} ({range})</source>
        <translation>{value} ({range})</translation>
    </message>
    <message>
        <source>{value}, {range}</source>
        <translation>{value}, {range}</translation>
    </message>
    <message>
        <source>{phase}: counted, every {seconds} s</source>
        <translation>{phase}: gezählt, alle {seconds} s</translation>
    </message>
    <message>
        <source>{phase}: counted, at your own pace</source>
        <translation>{phase}: gezählt, in Ihrem eigenen Tempo</translation>
    </message>
    <message>
        <source>{phase}: {seconds} s</source>
        <translation>{phase}: {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>{reps} × {sets}</source>
        <translation>{reps} × {sets}</translation>
    </message>
    <message>
        <source>Rest {seconds} s between sets</source>
        <translation>{seconds} s Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separates the parts of a line</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>; </source>
        <comment>separates the parts of a spoken dose</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>{exercise}: {warning}</source>
        <translation>{exercise}: {warning}</translation>
    </message>
</context>
<context>
    <name>DosesText</name>
    <message>
        <source>{exercise}: expected {expected} phase times, not {given}</source>
        <translation>{exercise}: {expected} Phasenzeiten erwartet, nicht {given}</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>{phase}: a counted phase has no seconds; set a pace</source>
        <translation>{phase}: Eine gezählte Phase hat keine Sekunden; stellen Sie einen Takt ein</translation>
    </message>
    <message>
        <source>{phase}: needs a number of seconds</source>
        <translation>{phase}: braucht eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>{exercise} works both feet at once: there is no choice of feet</source>
        <translation>{exercise} übt beide Füße zugleich: Es gibt keine Wahl der Füße</translation>
    </message>
    <message>
        <source>{label}: {value} s is outside the source&apos;s {low}–{high} s</source>
        <translation>{label}: {value} s liegt außerhalb der {low}–{high} s der Quelle</translation>
    </message>
    <message>
        <source>{label}: {value} is outside the source&apos;s {low}–{high}</source>
        <translation>{label}: {value} liegt außerhalb der {low}–{high} der Quelle</translation>
    </message>
    <message>
        <source>{label}: {value} s is outside {low}–{high} s (the source gives {given} s; Footcare chose the other end)</source>
        <translation>{label}: {value} s liegt außerhalb von {low}–{high} s (die Quelle nennt {given} s; das andere Ende hat Footcare gewählt)</translation>
    </message>
    <message>
        <source>{label}: {value} is outside {low}–{high} (the source gives {given}; Footcare chose the other end)</source>
        <translation>{label}: {value} liegt außerhalb von {low}–{high} (die Quelle nennt {given}; das andere Ende hat Footcare gewählt)</translation>
    </message>
    <message>
        <source>{label}: {value} s is outside Footcare&apos;s usual range {low}–{high} s; the source gives {default} s</source>
        <translation>{label}: {value} s liegt außerhalb des bei Footcare üblichen Bereichs {low}–{high} s; die Quelle nennt {default} s</translation>
    </message>
    <message>
        <source>{label}: {value} is outside Footcare&apos;s usual range {low}–{high}; the source gives {default}</source>
        <translation>{label}: {value} liegt außerhalb des bei Footcare üblichen Bereichs {low}–{high}; die Quelle nennt {default}</translation>
    </message>
    <message>
        <source>{label}: {value} s is outside Footcare&apos;s suggested {low}–{high} s (the source gives no number)</source>
        <translation>{label}: {value} s liegt außerhalb der von Footcare empfohlenen {low}–{high} s (die Quelle nennt keine Zahl)</translation>
    </message>
    <message>
        <source>{label}: {value} is outside Footcare&apos;s suggested {low}–{high} (the source gives no number)</source>
        <translation>{label}: {value} liegt außerhalb der von Footcare empfohlenen {low}–{high} (die Quelle nennt keine Zahl)</translation>
    </message>
    <message>
        <source>{label}: must be from {low} to {high} s, not {value} s</source>
        <translation>{label}: muss zwischen {low} und {high} s liegen, nicht {value} s</translation>
    </message>
    <message>
        <source>{label}: must be from {low} to {high}, not {value}</source>
        <translation>{label}: muss zwischen {low} und {high} liegen, nicht {value}</translation>
    </message>
</context>
<context>
    <name>ExerciseBrowser</name>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Up and Down choose an exercise; Enter starts it. Each shows its dose and today&apos;s count</source>
        <translation>Hoch und Herunter wählen eine Übung, Enter startet sie. Jede zeigt ihre Dosierung und die heutige Anzahl</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>Über diese Übung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start a guided session of this exercise (Enter)</source>
        <translation>Eine geführte Einheit dieser Übung starten (Enter)</translation>
    </message>
    <message>
        <source>Start a guided session of this exercise (Enter in the list)</source>
        <translation>Eine geführte Einheit dieser Übung starten (Enter in der Liste)</translation>
    </message>
    <message>
        <source>Pain right now (optional):</source>
        <translation>Schmerz jetzt (optional):</translation>
    </message>
    <message>
        <source>Rate your foot pain before you start; it goes into your log</source>
        <translation>Bewerten Sie Ihren Fußschmerz vor dem Start; er wird in Ihrem Verlauf gespeichert</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Übungsdetails</translation>
    </message>
    <message>
        <source>What the exercise is for and how to do it; arrows scroll</source>
        <translation>Wozu die Übung dient und wie sie geht; die Pfeiltasten blättern</translation>
    </message>
    <message>
        <source>Start {exercise}</source>
        <translation>{exercise} starten</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>No file was named to export to</source>
        <translation>Es wurde keine Datei für den Export genannt</translation>
    </message>
    <message>
        <source>{path} is in Footcare&apos;s data folder {folder}, beside your session history; choose a file in another folder</source>
        <translation>{path} liegt in Footcares Datenordner {folder}, neben Ihrem Verlauf; wählen Sie eine Datei in einem anderen Ordner</translation>
    </message>
    <message>
        <source>{path} is your session history itself, from its data folder</source>
        <translation>{path} ist Ihr Verlauf selbst, aus seinem Datenordner</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} ist keine gewöhnliche Datei</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>Starting position</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <source>Steps {first} to {last}</source>
        <translation>Schritte {first} bis {last}</translation>
    </message>
    <message>
        <source>Picture: {caption}</source>
        <translation>Bild: {caption}</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Picture of the exercise</source>
        <translation>Bild der Übung</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Beide Füße</translation>
    </message>
    <message>
        <source>Painful foot</source>
        <translation>Schmerzender Fuß</translation>
    </message>
    <message>
        <source>Standing upright facing a wall, an arm&apos;s length away, both hands flat on the wall.</source>
        <extracomment>picture calf-stretch/start</extracomment>
        <translation>Aufrecht mit Blick zur Wand stehen, eine Armlänge entfernt, beide Hände flach an der Wand.</translation>
    </message>
    <message>
        <source>Facing the wall with hands on it: one foot forward, the working foot back.</source>
        <extracomment>picture calf-stretch/step</extracomment>
        <translation>Mit den Händen an der Wand: ein Fuß vorn, der Übungsfuß hinten.</translation>
    </message>
    <message>
        <source>Leaning into the wall: the back leg straight with its heel on the floor, the front knee bent; the stretch is in the back calf.</source>
        <extracomment>picture calf-stretch/lean</extracomment>
        <translation>An die Wand gelehnt: das hintere Bein gestreckt, seine Ferse am Boden, das vordere Knie gebeugt; die Dehnung ist in der hinteren Wade.</translation>
    </message>
    <message>
        <source>Standing on a step with the balls of both feet on its edge and the heels over it, a hand on the rail.</source>
        <extracomment>picture achilles-stretch/level</extracomment>
        <translation>Auf einer Stufe stehen, beide Fußballen auf der Kante, die Fersen darüber, eine Hand am Geländer.</translation>
    </message>
    <message>
        <source>On the step edge with both heels lowered below it: the back of the ankles stretches.</source>
        <extracomment>picture achilles-stretch/heels_down</extracomment>
        <translation>Auf der Stufenkante, beide Fersen unter die Kante gesenkt: die Rückseite der Sprunggelenke dehnt sich.</translation>
    </message>
    <message>
        <source>On the step edge, risen high onto the toes of both feet, heels lifted.</source>
        <extracomment>picture achilles-stretch/toes_up</extracomment>
        <translation>Auf der Stufenkante, hoch auf die Zehen beider Füße gestiegen, die Fersen angehoben.</translation>
    </message>
    <message>
        <source>Sitting on a chair, seen from the front: the working foot crossed over the other knee, its ankle resting there.</source>
        <extracomment>picture ankle-extension/start</extracomment>
        <translation>Auf einem Stuhl sitzend, von vorn gesehen: der Übungsfuß über das andere Knie gelegt, das Sprunggelenk ruht dort.</translation>
    </message>
    <message>
        <source>Sitting with the foot crossed over the knee: the hand on the same side as that foot holds its ankle; the other hand rests.</source>
        <extracomment>picture ankle-extension/ankle_hold</extracomment>
        <translation>Sitzend, den Fuß über dem Knie: die Hand auf derselben Seite wie dieser Fuß hält sein Sprunggelenk; die andere Hand ruht.</translation>
    </message>
    <message>
        <source>Sitting with the foot crossed over the knee: the same-side hand holds the ankle, the other hand takes hold of the toes.</source>
        <extracomment>picture ankle-extension/grip</extracomment>
        <translation>Sitzend, den Fuß über dem Knie: die Hand derselben Seite hält das Sprunggelenk, die andere Hand fasst die Zehen.</translation>
    </message>
    <message>
        <source>Sitting with the foot crossed over the knee: the same-side hand holds the ankle, the other hand pulls the toes back towards you.</source>
        <extracomment>picture ankle-extension/pull</extracomment>
        <translation>Sitzend, den Fuß über dem Knie: die Hand derselben Seite hält das Sprunggelenk, die andere Hand zieht die Zehen zu Ihnen zurück.</translation>
    </message>
    <message>
        <source>Sitting with the foot crossed over the knee: the opposite hand reaches across and holds the ankle; the same-side hand rests.</source>
        <extracomment>picture ankle-flexion/ankle_hold</extracomment>
        <translation>Sitzend, den Fuß über dem Knie: die gegenüberliegende Hand greift hinüber und hält das Sprunggelenk; die Hand derselben Seite ruht.</translation>
    </message>
    <message>
        <source>Sitting with the foot crossed over the knee: the opposite hand holds the ankle, the same-side hand reaches across to the toes.</source>
        <extracomment>picture ankle-flexion/grip</extracomment>
        <translation>Sitzend, den Fuß über dem Knie: die gegenüberliegende Hand hält das Sprunggelenk, die Hand derselben Seite greift hinüber zu den Zehen.</translation>
    </message>
    <message>
        <source>Sitting with the foot crossed over the knee: the opposite hand holds the ankle, the same-side hand presses the toes in, curling them and the foot down, the other way from the ankle extension.</source>
        <extracomment>picture ankle-flexion/press</extracomment>
        <translation>Sitzend, den Fuß über dem Knie: die gegenüberliegende Hand hält das Sprunggelenk, die Hand derselben Seite drückt die Zehen ein und beugt Zehen und Fuß nach unten, andersherum als bei der Sprunggelenk-Streckung.</translation>
    </message>
    <message>
        <source>Standing barefoot, feet hip-width apart, toes flat on the floor.</source>
        <extracomment>picture toe-pulling/stand</extracomment>
        <translation>Barfuß stehen, die Füße hüftbreit auseinander, die Zehen flach auf dem Boden.</translation>
    </message>
    <message>
        <source>Standing: the toes of the working foot curl under and grip the floor.</source>
        <extracomment>picture toe-pulling/curl</extracomment>
        <translation>Stehend: die Zehen des Übungsfußes krallen sich ein und greifen den Boden.</translation>
    </message>
    <message>
        <source>Standing: the curled toes grip the floor and pull the working foot forward along it.</source>
        <extracomment>picture toe-pulling/pull</extracomment>
        <translation>Stehend: die gekrallten Zehen greifen den Boden und ziehen den Übungsfuß daran entlang nach vorn.</translation>
    </message>
</context>
<context>
    <name>FootcareTray</name>
    <message>
        <source>Start routine</source>
        <translation>Übungsprogramm starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Show Footcare</source>
        <translation>Footcare anzeigen</translation>
    </message>
    <message>
        <source>Quit Footcare</source>
        <translation>Footcare beenden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>GoalScore</name>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>0 means unable to do it, 10 as well as before the foot problem</source>
        <translation>0 heißt: nicht möglich, 10: so gut wie vor den Fußbeschwerden</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>Your goals</source>
        <translation>Ihre Ziele</translation>
    </message>
    <message>
        <source>Name up to three activities your foot makes hard, e.g. “walking to the shops” or “standing at work”, and rate how well you can do each now: 0 = unable, 10 = as well as before the problem. Footcare asks again once a week.</source>
        <translation>Nennen Sie bis zu drei Tätigkeiten, die Ihnen Ihr Fuß schwer macht, z. B. „zum Einkaufen gehen“ oder „bei der Arbeit stehen“, und bewerten Sie, wie gut jede jetzt gelingt: 0 = nicht möglich, 10 = so gut wie vor den Beschwerden. Footcare fragt einmal pro Woche wieder.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Now (0-10)</source>
        <translation>Jetzt (0–10)</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>Activity {number}</source>
        <translation>Tätigkeit {number}</translation>
    </message>
    <message>
        <source>An activity (optional)</source>
        <translation>Eine Tätigkeit (freiwillig)</translation>
    </message>
    <message>
        <source>Rating of activity {number}</source>
        <translation>Bewertung von Tätigkeit {number}</translation>
    </message>
</context>
<context>
    <name>HandoutText</name>
    <message>
        <source>Cannot write the exercise sheet to {path}: {reason}</source>
        <translation>Das Übungsblatt kann nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Home exercise programme</source>
        <translation>Heimübungsprogramm</translation>
    </message>
    <message>
        <source>Made on {date} by Footcare {version}.</source>
        <translation>Erstellt am {date} mit Footcare {version}.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s), in this order.</source>
        <translation>
            <numerusform>%n Übung, in dieser Reihenfolge.</numerusform>
            <numerusform>%n Übungen, in dieser Reihenfolge.</numerusform>
        </translation>
    </message>
    <message>
        <source>{number}. {exercise}</source>
        <translation>{number}. {exercise}</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Your dose:</source>
        <translation>Ihre Dosierung:</translation>
    </message>
    <message>
        <source>Starting position:</source>
        <translation>Ausgangsstellung:</translation>
    </message>
    <message>
        <source>Progression:</source>
        <translation>Steigerung:</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>Vorsicht:</translation>
    </message>
</context>
<context>
    <name>HistoryExportText</name>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}</source>
        <translation>
            <numerusform>%n Einheit nach {path} exportiert</numerusform>
            <numerusform>%n Einheiten nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the report for the last %n week(s) to {path}</source>
        <translation>
            <numerusform>Bericht für %n Woche unter {path} gespeichert</numerusform>
            <numerusform>Bericht für die letzten %n Wochen unter {path} gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryExports</name>
    <message>
        <source>Export sessions</source>
        <translation>Einheiten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export for your clinic (FHIR)</source>
        <translation>Export für Ihre Praxis (FHIR)</translation>
    </message>
    <message>
        <source>FHIR JSON files (*.json)</source>
        <translation>FHIR-JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Saved the FHIR export to {path}</source>
        <translation>FHIR-Export gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report failed</source>
        <translation>Bericht fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Letzte %n Woche</numerusform>
            <numerusform>Letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from {first} to {last} ({finished} finished, {partly} partly done)</source>
        <translation>
            <numerusform>%n Einheit vom {first} bis {last} ({finished} abgeschlossen, {partly} teilweise erledigt)</numerusform>
            <numerusform>%n Einheiten vom {first} bis {last} ({finished} abgeschlossen, {partly} teilweise erledigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>How many weeks the charts and table show</source>
        <translation>Wie viele Wochen Diagramme und Tabelle zeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every session as a spreadsheet file</source>
        <translation>Alle Einheiten als Tabellendatei speichern</translation>
    </message>
    <message>
        <source>Report for physio (PDF)…</source>
        <translation>Bericht für die Physiotherapie (PDF)…</translation>
    </message>
    <message>
        <source>Adherence, charts, pain trend and notes for this period</source>
        <translation>Therapietreue, Diagramme, Schmerzverlauf und Notizen für diesen Zeitraum</translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation>Zurück zu den Übungen</translation>
    </message>
    <message>
        <source>Return to the exercise list (Esc)</source>
        <translation>Zurück zur Übungsliste (Esc)</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Einheiten pro Tag</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Schmerz vor und nach den Einheiten</translation>
    </message>
    <message>
        <source>The history could not be read. {error}</source>
        <translation>Der Verlauf konnte nicht gelesen werden. {error}</translation>
    </message>
    <message>
        <source>Your doses:</source>
        <translation>Ihre Dosierungen:</translation>
    </message>
</context>
<context>
    <name>IdleText</name>
    <message>
        <source>Footcare: {exercise} session running</source>
        <translation>Footcare: Übung {exercise} läuft</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>Time left in the session</source>
        <translation>Verbleibende Zeit der Einheit</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Hide this note for future sessions (it stays under Help)</source>
        <translation>Diesen Hinweis künftig ausblenden (er bleibt unter „Hilfe“)</translation>
    </message>
    <message>
        <source>Hide the safety note for future sessions; it stays under Help</source>
        <translation>Den Sicherheitshinweis künftig ausblenden; er bleibt unter „Hilfe“</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go back to the previous step (Left)</source>
        <translation>Zurück zum vorigen Schritt (Links)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the timer (Space)</source>
        <translation>Den Timer anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right)</source>
        <translation>Zum nächsten Schritt springen (Rechts)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Die Einheit beenden (Esc)</translation>
    </message>
    <message>
        <source>Previous exercise</source>
        <translation>Vorige Übung</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>Start this exercise again, or go to the one before (Shift+Left)</source>
        <translation>Diese Übung neu beginnen oder zur vorigen gehen (Umschalt+Links)</translation>
    </message>
    <message>
        <source>Skip the rest of this exercise (Shift+Right)</source>
        <translation>Den Rest dieser Übung überspringen (Umschalt+Rechts)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Fill the screen, to read it from across the room (F11)</source>
        <translation>Den Bildschirm füllen, um ihn quer durch den Raum zu lesen (F11)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Turn the sounds off (M)</source>
        <translation>Töne ausschalten (M)</translation>
    </message>
    <message>
        <source>Your dose: {dose}</source>
        <translation>Ihre Dosierung: {dose}</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Turn the sounds on (M)</source>
        <translation>Töne einschalten (M)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild beenden</translation>
    </message>
    <message>
        <source>Back to the window (F11 or Esc)</source>
        <translation>Zurück zum Fenster (F11 oder Esc)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The exercises and their doses follow a public patient-information text on metatarsalgia; the instructions are written in Footcare&apos;s own words.</source>
        <translation>Die Übungen und ihre Dosierungen folgen einer öffentlichen Patienteninformation zur Metatarsalgie; die Anleitungen sind in Footcares eigenen Worten geschrieben.</translation>
    </message>
    <message>
        <source>Footcare is free software under the MIT licence.</source>
        <translation>Footcare ist freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Footcare {version}&lt;/h3&gt;&lt;p&gt;Counts the seconds of your foot exercises so you don&apos;t have to.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exercises:&lt;/b&gt; {source}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safety:&lt;/b&gt; {safety}&lt;/p&gt;&lt;p&gt;{licence}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Footcare {version}&lt;/h3&gt;&lt;p&gt;Zählt die Sekunden Ihrer Fußübungen, damit Sie es nicht tun müssen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Übungen:&lt;/b&gt; {source}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sicherheit:&lt;/b&gt; {safety}&lt;/p&gt;&lt;p&gt;{licence}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{app} — {title}</source>
        <translation>{app} — {title}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>MenuText</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Start &amp;routine</source>
        <translation>Übungsprogramm &amp;starten</translation>
    </message>
    <message>
        <source>Routines and &amp;doses…</source>
        <translation>Übungsprogramme und &amp;Dosierungen…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Your &amp;goals…</source>
        <translation>Ihre &amp;Ziele…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Welcome and first choices…</source>
        <translation>&amp;Willkommen und erste Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Safety note</source>
        <translation>&amp;Sicherheitshinweis</translation>
    </message>
    <message>
        <source>&amp;About Footcare</source>
        <translation>Ü&amp;ber Footcare</translation>
    </message>
</context>
<context>
    <name>NamesText</name>
    <message>
        <source>holds the invisible control character {code}</source>
        <translation>enthält das unsichtbare Steuerzeichen {code}</translation>
    </message>
    <message>
        <source>has no visible character</source>
        <translation>hat kein sichtbares Zeichen</translation>
    </message>
</context>
<context>
    <name>OutcomeChartsText</name>
    <message>
        <source>Morning pain, first steps (0–10)</source>
        <translation>Morgenschmerz, erste Schritte (0–10)</translation>
    </message>
    <message>
        <source>Your goals (0 unable – 10 as before)</source>
        <translation>Ihre Ziele (0 nicht möglich – 10 wie früher)</translation>
    </message>
    <message>
        <source>Morning pain</source>
        <translation>Morgenschmerz</translation>
    </message>
    <message>
        <source>No morning checks in this period</source>
        <translation>Keine Morgenabfragen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No goal ratings in this period</source>
        <translation>Keine Zielbewertungen in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>OutcomeQuestions</name>
    <message>
        <source>Thank you, your answers are saved.</source>
        <translation>Danke, Ihre Antworten sind gespeichert.</translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation>Ihre Ziele</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>meaningful improvement</source>
        <translation>bedeutsame Verbesserung</translation>
    </message>
    <message>
        <source>meaningful worsening</source>
        <translation>bedeutsame Verschlechterung</translation>
    </message>
    <message>
        <source>no meaningful change</source>
        <translation>keine bedeutsame Änderung</translation>
    </message>
    <message>
        <source>too early to tell</source>
        <translation>noch zu früh für eine Aussage</translation>
    </message>
    <message>
        <source>.</source>
        <comment>decimal mark</comment>
        <extracomment>The decimal mark of the user&apos;s language: &quot;.&quot; in English, &quot;,&quot; in German.</extracomment>
        <translation>,</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>Noch keine Bewertungen.</translation>
    </message>
    <message>
        <source>{first} in the first week; too early to tell a change.</source>
        <translation>{first} in der ersten Woche; für eine Änderung ist es noch zu früh.</translation>
    </message>
    <message>
        <source>{first} in the first week, {latest} in the latest ({change}): {verdict}.</source>
        <translation>{first} in der ersten Woche, {latest} in der letzten ({change}): {verdict}.</translation>
    </message>
    <message>
        <source>For pain, a fall of {points} points or {percent} % from the first week counts as clinically meaningful ({source}).</source>
        <translation>Beim Schmerz gilt ein Rückgang um {points} Punkte oder {percent} % gegenüber der ersten Woche als klinisch bedeutsam ({source}).</translation>
    </message>
    <message>
        <source>For a goal (Patient-Specific Functional Scale), a change of about {points} points counts as clinically meaningful ({source}).</source>
        <translation>Bei einem Ziel (Patient-Specific Functional Scale) gilt eine Änderung um etwa {points} Punkte als klinisch bedeutsam ({source}).</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <source>Nothing done</source>
        <translation>Nichts erledigt</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>About right</source>
        <translation>Genau richtig</translation>
    </message>
    <message>
        <source>Too hard</source>
        <translation>Zu schwer</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Keine Zeit</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Felt unwell</source>
        <translation>Unwohl gefühlt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
</context>
<context>
    <name>OutcomesPageText</name>
    <message>
        <source>Outcomes</source>
        <translation>Verlauf der Beschwerden</translation>
    </message>
    <message>
        <source>What the patient reported beside the sessions. Changes compare the first week of ratings with the latest week.</source>
        <translation>Was die Patientin oder der Patient neben den Übungseinheiten angegeben hat. Änderungen vergleichen die erste Woche mit Bewertungen mit der letzten.</translation>
    </message>
    <message>
        <source>Morning pain on the first steps (0-10)</source>
        <translation>Morgenschmerz bei den ersten Schritten (0–10)</translation>
    </message>
    <message>
        <source>No morning checks recorded.</source>
        <translation>Keine Morgenabfragen aufgezeichnet.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Mornings rated</source>
        <translation>Bewertete Morgen</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Lowest–highest</source>
        <translation>Niedrigster–höchster</translation>
    </message>
    <message>
        <source>Change: {change}</source>
        <translation>Änderung: {change}</translation>
    </message>
    <message>
        <source>Goals (Patient-Specific Functional Scale, 0-10)</source>
        <translation>Ziele (Patient-Specific Functional Scale, 0–10)</translation>
    </message>
    <message>
        <source>No goals set.</source>
        <translation>Keine Ziele festgelegt.</translation>
    </message>
    <message>
        <source>{goal} (no longer followed)</source>
        <translation>{goal} (nicht mehr verfolgt)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>First week</source>
        <translation>Erste Woche</translation>
    </message>
    <message>
        <source>Latest week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Meaningful?</source>
        <translation>Bedeutsam?</translation>
    </message>
    <message>
        <source>Why sessions were stopped or missed</source>
        <translation>Warum Einheiten abgebrochen oder ausgelassen wurden</translation>
    </message>
    <message>
        <source>No reasons given in this period.</source>
        <translation>In diesem Zeitraum wurden keine Gründe angegeben.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Sessions stopped early</source>
        <translation>Vorzeitig beendete Einheiten</translation>
    </message>
    <message>
        <source>Days missed</source>
        <translation>Ausgelassene Tage</translation>
    </message>
    <message>
        <source>How hard the sessions felt</source>
        <translation>Wie anstrengend die Einheiten waren</translation>
    </message>
    <message>
        <source>No sessions rated in this period.</source>
        <translation>In diesem Zeitraum wurde keine Einheit bewertet.</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <source>Morning pain</source>
        <translation>Morgenschmerz</translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation>Ihre Ziele</translation>
    </message>
    <message>
        <source>Goals…</source>
        <translation>Ziele…</translation>
    </message>
    <message>
        <source>Name your goals and rate them</source>
        <translation>Ihre Ziele benennen und bewerten</translation>
    </message>
    <message>
        <source>Export FHIR…</source>
        <translation>FHIR exportieren…</translation>
    </message>
    <message>
        <source>Save your history as an HL7 FHIR file for your clinic&apos;s systems</source>
        <translation>Ihren Verlauf als HL7-FHIR-Datei für die Systeme Ihrer Praxis speichern</translation>
    </message>
    <message>
        <source>Morning pain on {rated} of {days} days</source>
        <translation>Morgenschmerz an {rated} von {days} Tagen</translation>
    </message>
    <message>
        <source>Goals followed: {count}</source>
        <translation>Verfolgte Ziele: {count}</translation>
    </message>
    <message>
        <source>Morning pain: {change}</source>
        <translation>Morgenschmerz: {change}</translation>
    </message>
    <message>
        <source>{goal}: {change}</source>
        <translation>{goal}: {change}</translation>
    </message>
    <message>
        <source>No morning checks or goals yet. Set your goals with “Goals…”; Footcare asks about morning pain when you open it before noon.</source>
        <translation>Noch keine Morgenabfragen oder Ziele. Legen Sie Ihre Ziele mit „Ziele…“ fest; Footcare fragt nach dem Morgenschmerz, wenn Sie es vor Mittag öffnen.</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <source>moderate pain</source>
        <translation>mäßiger Schmerz</translation>
    </message>
    <message>
        <source>worst pain imaginable</source>
        <translation>stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>Pain {score} of 10 ({meaning})</source>
        <translation>Schmerz {score} von 10 ({meaning})</translation>
    </message>
    <message>
        <source>Pain {score} of 10</source>
        <translation>Schmerz {score} von 10</translation>
    </message>
    <message>
        <source>{name}; click again to clear</source>
        <translation>{name}; erneut klicken zum Löschen</translation>
    </message>
    <message>
        <source>Click to choose; click again to clear</source>
        <translation>Klicken zum Wählen, erneut klicken zum Löschen</translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst imaginable. Left, Right or a digit chooses; Delete clears.</source>
        <translation>0 ist kein Schmerz, 10 der stärkste vorstellbare. Links, Rechts oder eine Ziffer wählen; Entf löscht.</translation>
    </message>
    <message>
        <source>{caption}: not rated</source>
        <translation>{caption}: nicht bewertet</translation>
    </message>
    <message>
        <source>{caption}: {value} of 10</source>
        <translation>{caption}: {value} von 10</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>Footcare report</source>
        <translation>Footcare-Bericht</translation>
    </message>
    <message>
        <source>Foot-rehabilitation exercises from {period}: doses, adherence, pain and notes</source>
        <translation>Übungen zur Fußrehabilitation vom {period}: Dosierungen, Therapietreue, Schmerz und Notizen</translation>
    </message>
    <message numerus="yes">
        <source>{period} · %n week(s)</source>
        <translation>
            <numerusform>{period} · %n Woche</numerusform>
            <numerusform>{period} · %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on {date} by Footcare {version}.</source>
        <translation>Erstellt am {date} mit Footcare {version}.</translation>
    </message>
    <message>
        <source>Pain trend.</source>
        <translation>Schmerzverlauf.</translation>
    </message>
    <message>
        <source>Routine and doses</source>
        <translation>Übungsprogramm und Dosierung</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosierung</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) finished (every planned rep done) on {active} of {days} days; {partly} partly done; {nothing} with nothing done.</source>
        <translation>
            <numerusform>%n Einheit abgeschlossen (jede geplante Wiederholung erledigt) an {active} von {days} Tagen; {partly} teilweise erledigt; {nothing} ohne Erledigtes.</numerusform>
            <numerusform>%n Einheiten abgeschlossen (jede geplante Wiederholung erledigt) an {active} von {days} Tagen; {partly} teilweise erledigt; {nothing} ohne Erledigtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>{mark} marks a value outside the suggested range, given beside it: &quot;source&quot; is the exercise text&apos;s range, &quot;usual&quot; Footcare&apos;s where the text gives none or one number.</source>
        <translation>{mark} kennzeichnet einen Wert außerhalb des empfohlenen Bereichs, der daneben steht: „Quelle“ ist der Bereich des Übungstexts, „üblich“ der von Footcare, wo der Text keine oder nur eine Zahl nennt.</translation>
    </message>
    <message numerus="yes">
        <source>All exercises: %n finished session(s) of a target of {target} ({share}%); {partly} partly done ({reps_done} of {reps_planned} reps).</source>
        <translation>
            <numerusform>Alle Übungen: %n abgeschlossene Einheit bei einem Ziel von {target} ({share} %); {partly} teilweise erledigt ({reps_done} von {reps_planned} Wiederholungen).</numerusform>
            <numerusform>Alle Übungen: %n abgeschlossene Einheiten bei einem Ziel von {target} ({share} %); {partly} teilweise erledigt ({reps_done} von {reps_planned} Wiederholungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: finished sessions, those with every planned rep done, against the target from {first} (the start of the period, or the first day with a recorded session) to {last}, the day the report was made, which counts in full. Extra sessions on one day do not make up for a missed day. Partly done sessions are listed apart, with the reps done of those planned, and do not count toward the target; sessions with nothing done count for nothing.</source>
        <translation>Erledigt: abgeschlossene Einheiten, also solche mit jeder geplanten Wiederholung, im Vergleich zum Ziel vom {first} (Beginn des Zeitraums oder erster Tag mit einer aufgezeichneten Einheit) bis zum {last}, dem Tag der Berichterstellung, der voll zählt. Zusätzliche Einheiten an einem Tag gleichen einen versäumten Tag nicht aus. Teilweise erledigte Einheiten stehen gesondert, mit den erledigten von den geplanten Wiederholungen, und zählen nicht zum Ziel; Einheiten ohne Erledigtes zählen gar nicht.</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Therapietreue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%</source>
        <comment>column of percentages</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <source>{sessions} ({done}/{planned} reps)</source>
        <translation>{sessions} ({done}/{planned} Wdh.)</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notizen zu den Einheiten</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Cannot write the report to {path}: {reason}</source>
        <translation>Der Bericht kann nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>left foot</source>
        <translation>linker Fuß</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>rechter Fuß</translation>
    </message>
    <message>
        <source>painful foot</source>
        <translation>schmerzender Fuß</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rest before set {set} of {sets}. Let the foot relax.</source>
        <translation>Pause vor Satz {set} von {sets}. Lassen Sie den Fuß entspannen.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsprogramm</translation>
    </message>
    <message>
        <source>routine &apos;{name}&apos; has no exercises</source>
        <translation>Das Übungsprogramm „{name}“ enthält keine Übungen</translation>
    </message>
    <message>
        <source>{position} First: {first_step}</source>
        <translation>{position} Zuerst: {first_step}</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Als Nächstes: {exercise}</translation>
    </message>
    <message>
        <source>{position} Working foot: your left foot.</source>
        <translation>{position} Übender Fuß: Ihr linker Fuß.</translation>
    </message>
    <message>
        <source>{position} Working foot: your right foot.</source>
        <translation>{position} Übender Fuß: Ihr rechter Fuß.</translation>
    </message>
    <message>
        <source>{position} Working foot: your painful foot.</source>
        <translation>{position} Übender Fuß: Ihr schmerzender Fuß.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Switch to your left foot</source>
        <translation>Wechseln Sie zum linken Fuß</translation>
    </message>
    <message>
        <source>Switch to your right foot</source>
        <translation>Wechseln Sie zum rechten Fuß</translation>
    </message>
    <message>
        <source>Switch to your painful foot</source>
        <translation>Wechseln Sie zum schmerzenden Fuß</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System default (follows headphones when plugged in)</source>
        <translation>Systemstandard (wechselt zu eingesteckten Kopfhörern)</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Footcare Preferences</source>
        <translation>Footcare-Einstellungen</translation>
    </message>
    <message>
        <source>Play tones at each step and in the last seconds of a countdown</source>
        <translation>Töne bei jedem Schritt und in den letzten Sekunden eines Countdowns</translation>
    </message>
    <message>
        <source>A tone at each new step and for the last seconds</source>
        <translation>Ein Ton bei jedem neuen Schritt und in den letzten Sekunden</translation>
    </message>
    <message>
        <source>Speak the prompts (“Hold, rep 3 of 8”)</source>
        <translation>Ansagen sprechen („Halten, Wiederholung 3 von 8“)</translation>
    </message>
    <message>
        <source>A voice says each step, its rep and its foot</source>
        <translation>Eine Stimme nennt jeden Schritt, seine Wiederholung und seinen Fuß</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Loudness of the tones and the voice, 0 to 100 %</source>
        <translation>Lautstärke der Töne und der Stimme, 0 bis 100 %</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Ausgabegerät</translation>
    </message>
    <message>
        <source>Where the sounds play</source>
        <translation>Wo die Töne zu hören sind</translation>
    </message>
    <message>
        <source>Test sound</source>
        <translation>Ton testen</translation>
    </message>
    <message>
        <source>Play each cue in turn: go, relax, tick, switch feet, done</source>
        <translation>Jedes Signal nacheinander abspielen: Los, Entspannen, Tick, Fußwechsel, Fertig</translation>
    </message>
    <message>
        <source>Your painful foot</source>
        <translation>Ihr schmerzender Fuß</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Beide Füße</translation>
    </message>
    <message>
        <source>Exercises set to “the painful foot” then name that foot, or work both in turn</source>
        <translation>Übungen für „den schmerzenden Fuß“ nennen dann diesen Fuß oder üben beide nacheinander</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Used from the next start of Footcare</source>
        <translation>Gilt ab dem nächsten Start von Footcare</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Footcare.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Footcare.</translation>
    </message>
    <message>
        <source>Still pictures only (no movement from one step&apos;s picture to the next)</source>
        <translation>Nur ruhende Bilder (keine Bewegung vom Bild eines Schritts zum nächsten)</translation>
    </message>
    <message>
        <source>Footcare also keeps the pictures still when your desktop turns animations off</source>
        <translation>Footcare lässt die Bilder auch ruhen, wenn Ihr Desktop Animationen ausschaltet</translation>
    </message>
    <message>
        <source>None (recommended)</source>
        <translation>Keiner (empfohlen)</translation>
    </message>
    <message>
        <source>Name in exports</source>
        <translation>Name in Exporten</translation>
    </message>
    <message>
        <source>Optional. The only name the FHIR export gives you, e.g. a pseudonym agreed with your clinic</source>
        <translation>Freiwillig. Der einzige Name, den der FHIR-Export Ihnen gibt, z. B. ein mit Ihrer Praxis vereinbartes Pseudonym</translation>
    </message>
    <message>
        <source>Your painful foot:</source>
        <translation>Ihr schmerzender Fuß:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Name in exports:</source>
        <translation>Name in Exporten:</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Lautstärke:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Changes are already saved (Esc)</source>
        <translation>Änderungen sind bereits gespeichert (Esc)</translation>
    </message>
    <message>
        <source>Remind me of my exercises (Footcare stays in the tray)</source>
        <translation>An meine Übungen erinnern (Footcare bleibt im Infobereich)</translation>
    </message>
    <message>
        <source>A notice from the tray at the times below; Footcare keeps running when closed</source>
        <translation>Eine Meldung aus dem Infobereich zu den Zeiten unten; Footcare läuft nach dem Schließen weiter</translation>
    </message>
    <message>
        <source>This desktop has no tray for Footcare&apos;s icon: reminders come only while Footcare is open, and closing its window quits it.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich für das Footcare-Symbol: Erinnerungen kommen nur, solange Footcare geöffnet ist, und das Schließen des Fensters beendet es.</translation>
    </message>
    <message>
        <source>This desktop has no tray for Footcare&apos;s icon, so it cannot remind you.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich für das Footcare-Symbol; daher kann Footcare Sie nicht erinnern.</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>keine Erinnerungen</translation>
    </message>
    <message>
        <source>Reminder times for {exercise}</source>
        <translation>Erinnerungszeiten für {exercise}</translation>
    </message>
    <message>
        <source>Times of day, e.g. 09:00, 18:00; leave empty for none</source>
        <translation>Uhrzeiten, z. B. 09:00, 18:00; leer lassen für keine</translation>
    </message>
    <message>
        <source>{exercise}:</source>
        <translation>{exercise}:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
</context>
<context>
    <name>ProgressionBox</name>
    <message>
        <source>Working up (exercises with a progression, such as toe pulling)</source>
        <translation>Steigerung (Übungen mit Steigerung, etwa Zehenziehen)</translation>
    </message>
    <message>
        <source> reps</source>
        <translation> Wiederholungen</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> Einheiten</translation>
    </message>
    <message>
        <source>Suggest more reps by:</source>
        <translation>Mehr Wiederholungen vorschlagen um:</translation>
    </message>
    <message>
        <source>How many reps each proposal adds</source>
        <translation>Wie viele Wiederholungen jeder Vorschlag hinzufügt</translation>
    </message>
    <message>
        <source>After finishing:</source>
        <translation>Nach Abschluss von:</translation>
    </message>
    <message>
        <source>Finished sessions at a dose first</source>
        <translation>Zuerst abgeschlossene Einheiten mit einer Dosierung</translation>
    </message>
    <message>
        <source>Not while pain after a session is above:</source>
        <translation>Nicht, solange der Schmerz nach einer Einheit höher ist als:</translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation>0 bis 10</translation>
    </message>
</context>
<context>
    <name>ProgressionPromptText</name>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Ready for more?</source>
        <translation>Bereit für mehr?</translation>
    </message>
    <message>
        <source>Only if it felt manageable. You can change the dose back at any time in Routines.</source>
        <translation>Nur, wenn es sich machbar angefühlt hat. Unter „Übungsprogramme“ können Sie die Dosierung jederzeit zurücksetzen.</translation>
    </message>
</context>
<context>
    <name>ProgressionText</name>
    <message numerus="yes">
        <source>%n rep(s) per foot</source>
        <translation>
            <numerusform>%n Wiederholung pro Fuß</numerusform>
            <numerusform>%n Wiederholungen pro Fuß</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>lower-case</source>
        <comment>or &apos;keep&apos;: names keep their capital mid-sentence</comment>
        <extracomment>Write &quot;keep&quot; if exercise names keep their capital letter inside a sentence (German).</extracomment>
        <translation>keep</translation>
    </message>
    <message numerus="yes">
        <source>You have finished {exercise} %n time(s) at {current}. Try {proposed}?</source>
        <translation>
            <numerusform>Sie haben „{exercise}“ %n-mal mit {current} abgeschlossen. Möchten Sie {proposed} versuchen?</numerusform>
            <numerusform>Sie haben „{exercise}“ %n-mal mit {current} abgeschlossen. Möchten Sie {proposed} versuchen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Increase to {reps}</source>
        <translation>Auf {reps} erhöhen</translation>
    </message>
    <message>
        <source>{exercise} stays at {current} for now: {reason}.</source>
        <translation>{exercise} bleibt vorerst bei {current}: {reason}.</translation>
    </message>
    <message>
        <source>your pain after the last session was {pain}, above your limit of {limit}</source>
        <translation>Ihr Schmerz nach der letzten Einheit lag bei {pain}, über Ihrer Grenze von {limit}</translation>
    </message>
    <message>
        <source>your pain after sessions is rising (average {recent} over the last {window} rated sessions, up from {before})</source>
        <translation>Ihr Schmerz nach den Einheiten nimmt zu (Durchschnitt {recent} über die letzten {window} bewerteten Einheiten, vorher {before})</translation>
    </message>
    <message>
        <source>your morning pain is {now}, higher than the {before} before the last increase</source>
        <translation>Ihr Morgenschmerz ist {now}, höher als die {before} vor der letzten Steigerung</translation>
    </message>
    <message>
        <source>your morning pain rose over the last week (average {recent}, up from {before})</source>
        <translation>Ihr Morgenschmerz ist in der letzten Woche gestiegen (Mittelwert {recent}, vorher {before})</translation>
    </message>
</context>
<context>
    <name>PromptText</name>
    <message>
        <source>Stop this session now? What you have done so far is kept in the summary.</source>
        <translation>Diese Einheit jetzt beenden? Was Sie bisher geschafft haben, bleibt in der Zusammenfassung erhalten.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <source>No answer</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Optional; asked once. “Other” lets you say it in your own words</source>
        <translation>Freiwillig; nur einmal gefragt. Bei „Anderes“ können Sie es in eigenen Worten sagen</translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation>In Ihren eigenen Worten (freiwillig)</translation>
    </message>
    <message>
        <source>Other reason, in your own words</source>
        <translation>Anderer Grund, in Ihren eigenen Worten</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Freiwillig</translation>
    </message>
</context>
<context>
    <name>RecorderText</name>
    <message>
        <source>Saved to your history.</source>
        <translation>In Ihrem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>This session could not be saved to your history. {error}</source>
        <translation>Diese Einheit konnte nicht in Ihrem Verlauf gespeichert werden. {error}</translation>
    </message>
    <message>
        <source>Nothing was done, so nothing was saved.</source>
        <translation>Es wurde nichts geübt, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Your rating and note could not be saved. {error}</source>
        <translation>Ihre Bewertung und Notiz konnten nicht gespeichert werden. {error}</translation>
    </message>
    <message>
        <source>Your answer could not be saved. {error}</source>
        <translation>Ihre Antwort konnte nicht gespeichert werden. {error}</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsText</name>
    <message>
        <source>{exercise}: {problem}</source>
        <translation>{exercise}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time like 09:00</source>
        <translation>„{text}“ ist keine Uhrzeit wie 09:00</translation>
    </message>
    <message>
        <source>at most {count} times a day</source>
        <translation>höchstens {count} Uhrzeiten pro Tag</translation>
    </message>
</context>
<context>
    <name>RemindersText</name>
    <message>
        <source>{exercise}: {done} of {target} done today</source>
        <translation>{exercise}: heute {done} von {target} erledigt</translation>
    </message>
    <message>
        <source>Time for your foot exercises</source>
        <translation>Zeit für Ihre Fußübungen</translation>
    </message>
    <message>
        <source>Time for a foot exercise</source>
        <translation>Zeit für eine Fußübung</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>short date: 3 Nov</comment>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>long date: 3 November 2026</comment>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>date without the year: 2 November</comment>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <comment>a period of days</comment>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{weekday} {date}, {time}</source>
        <comment>when a session started</comment>
        <translation>{weekday}, {date}, {time}</translation>
    </message>
    <message>
        <source>{before} before and {after} after sessions</source>
        <translation>{before} vor und {after} nach den Einheiten</translation>
    </message>
    <message>
        <source>{before} before sessions</source>
        <translation>{before} vor den Einheiten</translation>
    </message>
    <message>
        <source>{after} after sessions</source>
        <translation>{after} nach den Einheiten</translation>
    </message>
    <message>
        <source>Not enough pain ratings to show a trend.</source>
        <translation>Zu wenige Schmerzbewertungen, um einen Verlauf zu zeigen.</translation>
    </message>
    <message>
        <source>Average pain this week (0–10): {averages}.</source>
        <translation>Durchschnittlicher Schmerz in dieser Woche (0–10): {averages}.</translation>
    </message>
    <message>
        <source>Not enough pain ratings to show a trend (ratings are needed in both the first and the last week).</source>
        <translation>Zu wenige Schmerzbewertungen, um einen Verlauf zu zeigen (nötig sind Bewertungen in der ersten und in der letzten Woche).</translation>
    </message>
    <message>
        <source>Average pain (0–10) in the first week: {first}; in the last week: {last}.</source>
        <translation>Durchschnittlicher Schmerz (0–10) in der ersten Woche: {first}; in der letzten Woche: {last}.</translation>
    </message>
</context>
<context>
    <name>RoutineBookText</name>
    <message>
        <source>keep at least one routine</source>
        <translation>mindestens ein Übungsprogramm muss bleiben</translation>
    </message>
    <message>
        <source>your routines could not be saved ({reason})</source>
        <translation>Ihre Routinen konnten nicht gespeichert werden ({reason})</translation>
    </message>
    <message>
        <source>a name holds text that cannot be stored</source>
        <translation>ein Name enthält Text, der sich nicht speichern lässt</translation>
    </message>
    <message>
        <source>two routines would have the same name</source>
        <translation>zwei Routinen hätten denselben Namen</translation>
    </message>
    <message>
        <source>missing or unknown {key}</source>
        <translation>fehlendes oder unbekanntes Feld {key}</translation>
    </message>
    <message>
        <source>saved by a newer Footcare (version {version})</source>
        <translation>von einer neueren Footcare-Version gespeichert (Version {version})</translation>
    </message>
    <message>
        <source>Exercises no longer in the catalogue were left out of your routines and doses: {ids}.</source>
        <translation>Übungen, die nicht mehr im Übungskatalog sind, wurden aus Ihren Übungsprogrammen und Dosierungen weggelassen: {ids}.</translation>
    </message>
    <message>
        <source>Routine {number}</source>
        <translation>Routine {number}</translation>
    </message>
    <message>
        <source>no routines once {ids} were left out</source>
        <translation>keine Übungsprogramme mehr, nachdem {ids} entfernt wurden</translation>
    </message>
    <message>
        <source>Your saved routines could not be read (they are not valid JSON); showing the default routine. {kept}</source>
        <translation>Ihre gespeicherten Übungsprogramme konnten nicht gelesen werden (kein gültiges JSON); das Standardprogramm wird angezeigt. {kept}</translation>
    </message>
    <message>
        <source>Your saved routines could not be read ({reason}); showing the default routine. {kept}</source>
        <translation>Ihre gespeicherten Übungsprogramme konnten nicht gelesen werden ({reason}); das Standardprogramm wird angezeigt. {kept}</translation>
    </message>
    <message>
        <source>The saved text is left as it is: nothing is saved over it.</source>
        <translation>Der gespeicherte Text bleibt, wie er ist: Nichts wird darüber gespeichert.</translation>
    </message>
    <message>
        <source>The saved text is kept in {place}.</source>
        <translation>Der gespeicherte Text bleibt in {place} erhalten.</translation>
    </message>
    <message>
        <source>no routines</source>
        <translation>keine Übungsprogramme</translation>
    </message>
    <message>
        <source>there is already a routine called &apos;{name}&apos;</source>
        <translation>es gibt bereits ein Übungsprogramm namens „{name}“</translation>
    </message>
</context>
<context>
    <name>RoutineEditorDialog</name>
    <message>
        <source>Routines</source>
        <translation>Übungsprogramme</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsprogramm</translation>
    </message>
    <message>
        <source>The routine shown below</source>
        <translation>Das unten angezeigte Übungsprogramm</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add a routine and name it</source>
        <translation>Ein Übungsprogramm hinzufügen und benennen</translation>
    </message>
    <message>
        <source>Give this routine another name</source>
        <translation>Diesem Übungsprogramm einen anderen Namen geben</translation>
    </message>
    <message>
        <source>Delete this routine (asks first); your doses are kept</source>
        <translation>Dieses Übungsprogramm löschen (mit Rückfrage); Ihre Dosierungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Übungsprogramm:</translation>
    </message>
    <message>
        <source>Exercises: tick to include, drag to reorder</source>
        <translation>Übungen: zum Aufnehmen abhaken, zum Umsortieren ziehen</translation>
    </message>
    <message>
        <source>Space ticks or unticks the exercise; Alt+Up and Alt+Down move it</source>
        <translation>Die Leertaste hakt die Übung an oder ab; Alt+Hoch und Alt+Herunter verschieben sie</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the chosen exercise up (Alt+Up)</source>
        <translation>Die gewählte Übung nach oben verschieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move the chosen exercise down (Alt+Down)</source>
        <translation>Die gewählte Übung nach unten verschieben (Alt+Herunter)</translation>
    </message>
    <message>
        <source>Edit dose…</source>
        <translation>Dosierung bearbeiten…</translation>
    </message>
    <message>
        <source>Your seconds, reps, sets and feet for the chosen exercise</source>
        <translation>Ihre Sekunden, Wiederholungen, Sätze und Füße für die gewählte Übung</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Add a routine and its doses from a file, e.g. a clinician&apos;s</source>
        <translation>Ein Übungsprogramm mit seinen Dosierungen aus einer Datei hinzufügen, z. B. von Ihrer Therapeutin oder Ihrem Therapeuten</translation>
    </message>
    <message>
        <source>Save this routine and its doses to a file</source>
        <translation>Dieses Übungsprogramm mit seinen Dosierungen in einer Datei speichern</translation>
    </message>
    <message>
        <source>Handout PDF…</source>
        <translation>Übungsblatt (PDF)…</translation>
    </message>
    <message>
        <source>Save this routine as an exercise sheet with pictures and your doses (PDF)</source>
        <translation>Diese Routine als Übungsblatt mit Bildern und Ihren Dosierungen speichern (PDF)</translation>
    </message>
    <message>
        <source>Save every change made here</source>
        <translation>Alle hier vorgenommenen Änderungen speichern</translation>
    </message>
    <message>
        <source>{exercise} — {dose} (your dose)</source>
        <translation>{exercise} — {dose} (Ihre Dosierung)</translation>
    </message>
    <message>
        <source>{exercise} — {dose}</source>
        <translation>{exercise} — {dose}</translation>
    </message>
    <message>
        <source>A routine needs at least one exercise.</source>
        <translation>Ein Übungsprogramm braucht mindestens eine Übung.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neues Übungsprogramm</translation>
    </message>
    <message>
        <source>Name of the new routine:</source>
        <translation>Name des neuen Übungsprogramms:</translation>
    </message>
    <message>
        <source>Could not add the routine</source>
        <translation>Übungsprogramm konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Übungsprogramm umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Could not rename the routine</source>
        <translation>Übungsprogramm konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Übungsprogramm löschen</translation>
    </message>
    <message>
        <source>Delete the routine “{name}”? Your doses are kept.</source>
        <translation>Das Übungsprogramm „{name}“ löschen? Ihre Dosierungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Could not delete the routine</source>
        <translation>Übungsprogramm konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not save your routines</source>
        <translation>Routinen nicht gespeichert</translation>
    </message>
    <message>
        <source>{problem}. Your changes are still here: try OK again, or Cancel.</source>
        <translation>{problem}. Ihre Änderungen sind noch da: Versuchen Sie es erneut mit OK, oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>RoutineFileActions</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Footcare routines (*.json);;All files (*)</source>
        <translation>Footcare-Übungsprogramme (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Übungsprogramm importieren</translation>
    </message>
    <message>
        <source>Could not import the routine</source>
        <translation>Übungsprogramm konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>{file} was not imported, and nothing was changed.

{problem}</source>
        <translation>{file} wurde nicht importiert, und nichts wurde geändert.

{problem}</translation>
    </message>
    <message>
        <source>Imported “{name}” with its doses. OK keeps it; Cancel drops it.</source>
        <translation>„{name}“ mit seinen Dosierungen importiert. OK behält es, Abbrechen verwirft es.</translation>
    </message>
    <message>
        <source>Outside the suggested range:</source>
        <translation>Außerhalb des empfohlenen Bereichs:</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Übungsprogramm exportieren</translation>
    </message>
    <message>
        <source>Could not export the routine</source>
        <translation>Übungsprogramm konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Saved “{name}” and its doses to {file}.</source>
        <translation>„{name}“ mit seinen Dosierungen in {file} gespeichert.</translation>
    </message>
    <message>
        <source>Save the exercise sheet</source>
        <translation>Übungsblatt speichern</translation>
    </message>
    <message>
        <source>Could not save the exercise sheet</source>
        <translation>Das Übungsblatt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the exercise sheet for “{name}” to {file}.</source>
        <translation>Übungsblatt für „{name}“ in {file} gespeichert.</translation>
    </message>
</context>
<context>
    <name>RoutineFileText</name>
    <message>
        <source>unknown field (known: {known})</source>
        <translation>unbekanntes Feld (bekannt: {known})</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from {low} to {high}, not {value}</source>
        <translation>muss eine ganze Zahl von Sekunden zwischen {low} und {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, not {value}</source>
        <translation>muss eine ganze Zahl zwischen {low} und {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{exercise} is timed, so it takes no pace</source>
        <translation>{exercise} läuft nach Zeit und hat daher keinen Takt</translation>
    </message>
    <message>
        <source>{exercise} works both feet at once; leave feet out</source>
        <translation>{exercise} übt beide Füße zugleich; lassen Sie „feet“ weg</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation>muss einer der Werte {choices} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{exercise} has no timed {kind} phase</source>
        <translation>{exercise} hat keine zeitgesteuerte Phase „{kind}“</translation>
    </message>
    <message>
        <source>{exercise} has {count} such phases: give one number, or a list of {count}, not {value}</source>
        <translation>{exercise} hat {count} solche Phasen: Geben Sie eine Zahl an oder eine Liste mit {count} Zahlen, nicht {value}</translation>
    </message>
    <message>
        <source>The file must hold a JSON object {{...}}, not {value}</source>
        <translation>Die Datei muss ein JSON-Objekt {{...}} enthalten, nicht {value}</translation>
    </message>
    <message>
        <source>is missing (a routine file says &quot;version&quot;: {version})</source>
        <translation>fehlt (eine Programmdatei enthält &quot;version&quot;: {version})</translation>
    </message>
    <message>
        <source>must be a whole number like {version}, not {value}</source>
        <translation>muss eine ganze Zahl wie {version} sein, nicht {value}</translation>
    </message>
    <message>
        <source>the file is version {version}, newer than this Footcare reads ({supported}); update Footcare to import it</source>
        <translation>die Datei hat Version {version}, neuer als diese Footcare-Version lesen kann ({supported}); aktualisieren Sie Footcare, um sie zu importieren</translation>
    </message>
    <message>
        <source>must be a text (the schema&apos;s address), not {value}</source>
        <translation>muss ein Text sein (die Adresse des Schemas), nicht {value}</translation>
    </message>
    <message>
        <source>must be a non-empty text of at most {count} characters, not {value}</source>
        <translation>muss ein nicht leerer Text mit höchstens {count} Zeichen sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a list of exercises, not {value}</source>
        <translation>muss eine Liste von Übungen sein, nicht {value}</translation>
    </message>
    <message>
        <source>must list at least one exercise</source>
        <translation>muss mindestens eine Übung enthalten</translation>
    </message>
    <message>
        <source>lists {count} exercises; a routine has at most {max}</source>
        <translation>enthält {count} Übungen; ein Übungsprogramm hat höchstens {max}</translation>
    </message>
    <message>
        <source>must be an object like {{&quot;id&quot;: &quot;calf-stretch&quot;}}, not {value}</source>
        <translation>muss ein Objekt wie {{&quot;id&quot;: &quot;calf-stretch&quot;}} sein, nicht {value}</translation>
    </message>
    <message>
        <source>unknown exercise {value} (known: {known})</source>
        <translation>unbekannte Übung {value} (bekannt: {known})</translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is listed twice (first as exercises[{first}])</source>
        <translation>„{id}“ ist doppelt aufgeführt (zuerst als exercises[{first}])</translation>
    </message>
    <message>
        <source>the routine would run {steps} steps (exercises[{number}], {exercise}, alone {alone}); at most {max} are allowed, so lower the reps or sets</source>
        <translation>das Übungsprogramm hätte {steps} Schritte (exercises[{number}], {exercise}, allein {alone}); erlaubt sind höchstens {max}, verringern Sie also die Wiederholungen oder Sätze</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason})</source>
        <translation>Die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB; a routine file is a few kilobytes at most</source>
        <translation>Die Datei ist größer als 1 MB; eine Programmdatei hat höchstens einige Kilobyte</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x{byte} at {position})</source>
        <translation>Die Datei ist kein UTF-8-Text (Byte 0x{byte} an Position {position})</translation>
    </message>
    <message>
        <source>The file nests lists or objects too deeply to be a routine</source>
        <translation>Die Datei verschachtelt Listen oder Objekte zu tief, um ein Übungsprogramm zu sein</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>Die Datei ist kein gültiges JSON: {problem} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {value} is not a JSON value</source>
        <translation>Die Datei ist kein gültiges JSON: {value} ist kein JSON-Wert</translation>
    </message>
    <message>
        <source>The file holds a number too long to be a routine value</source>
        <translation>Die Datei enthält eine Zahl, die für einen Wert eines Übungsprogramms zu lang ist</translation>
    </message>
    <message>
        <source>It is not a regular file, so it is not a routine</source>
        <translation>Das ist keine gewöhnliche Datei, also keine Routine</translation>
    </message>
</context>
<context>
    <name>RoutineStoreText</name>
    <message>
        <source>Your routines cannot be saved: no history.</source>
        <translation>Ihre Übungsprogramme können nicht gespeichert werden: kein Verlauf.</translation>
    </message>
    <message>
        <source>{path} (table {table}, row {row})</source>
        <translation>{path} (Tabelle {table}, Zeile {row})</translation>
    </message>
</context>
<context>
    <name>RoutineText</name>
    <message>
        <source>My routine</source>
        <translation>Mein Übungsprogramm</translation>
    </message>
    <message>
        <source>a routine needs a name</source>
        <translation>ein Übungsprogramm braucht einen Namen</translation>
    </message>
    <message>
        <source>the routine&apos;s name {problem}</source>
        <translation>der Name der Routine {problem}</translation>
    </message>
    <message>
        <source>a routine name is at most {count} characters</source>
        <translation>der Name eines Übungsprogramms hat höchstens {count} Zeichen</translation>
    </message>
    <message>
        <source>routine &apos;{name}&apos; has no exercises</source>
        <translation>das Übungsprogramm „{name}“ enthält keine Übungen</translation>
    </message>
    <message>
        <source>routine &apos;{name}&apos; lists an exercise twice</source>
        <translation>das Übungsprogramm „{name}“ enthält eine Übung doppelt</translation>
    </message>
    <message>
        <source>routine &apos;{name}&apos; names unknown exercises: {ids}</source>
        <translation>das Übungsprogramm „{name}“ nennt unbekannte Übungen: {ids}</translation>
    </message>
</context>
<context>
    <name>SessionDeletion</name>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected sessions (Delete)</source>
        <translation>Die ausgewählten Einheiten löschen (Entf)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Bring the deleted sessions back (Ctrl+Z)</source>
        <translation>Die gelöschten Einheiten wiederherstellen (Strg+Z)</translation>
    </message>
    <message>
        <source>Delete this session from your history? You can undo this while History is open.</source>
        <translation>Diese Einheit aus Ihrem Verlauf löschen? Solange der Verlauf geöffnet ist, können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete sessions?</source>
        <translation>Einheiten löschen?</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
</context>
<context>
    <name>SessionFeedbackPanel</name>
    <message>
        <source>How did it feel? (optional)</source>
        <translation>Wie war es? (freiwillig)</translation>
    </message>
    <message>
        <source>How hard the session felt; click again to clear</source>
        <translation>Wie anstrengend die Einheit war; erneut klicken zum Löschen</translation>
    </message>
    <message>
        <source>Why did you stop early? (optional)</source>
        <translation>Warum haben Sie vorzeitig aufgehört? (freiwillig)</translation>
    </message>
    <message>
        <source>Why the session was stopped early</source>
        <translation>Warum die Einheit vorzeitig beendet wurde</translation>
    </message>
</context>
<context>
    <name>SessionStarter</name>
    <message>
        <source>No such routine</source>
        <translation>Übungsprogramm nicht gefunden</translation>
    </message>
    <message>
        <source>There is no routine called “{name}” any more. Your routines: {names}.</source>
        <translation>Es gibt kein Übungsprogramm „{name}“ mehr. Ihre Übungsprogramme: {names}.</translation>
    </message>
    <message>
        <source>routine</source>
        <comment>the word, as in a routine&apos;s name</comment>
        <translation>Routine</translation>
    </message>
    <message>
        <source>{name} (routine)</source>
        <translation>{name} (Übungsprogramm)</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Every session in the period, newest first; Delete removes the selected ones</source>
        <translation>Alle Einheiten des Zeitraums, die neueste zuerst; Entf löscht die ausgewählten</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>keine Notiz</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message numerus="yes">
        <source>Paused: the computer was asleep for about %n minute(s). Press Space to carry on.</source>
        <translation>
            <numerusform>Pausiert: Der Computer war etwa %n Minute im Ruhezustand. Drücken Sie die Leertaste, um weiterzumachen.</numerusform>
            <numerusform>Pausiert: Der Computer war etwa %n Minuten im Ruhezustand. Drücken Sie die Leertaste, um weiterzumachen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>{number} · {exercise}</source>
        <translation>{number} · {exercise}</translation>
    </message>
    <message>
        <source>Resume the timer (Space)</source>
        <translation>Den Timer fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Pause the timer (P)</source>
        <translation>Den Timer anhalten (P)</translation>
    </message>
    <message>
        <source>Pause the timer (Space)</source>
        <translation>Den Timer anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>noch etwa {time}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Paused · {kind}</source>
        <translation>Pausiert · {kind}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>of {reps} · press Space</source>
        <translation>von {reps} · Leertaste drücken</translation>
    </message>
    <message>
        <source>seconds to get ready</source>
        <translation>Sekunden zur Vorbereitung</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>{step}. {where}. Press Enter for each rep.</source>
        <translation>{step}. {where}. Drücken Sie Enter für jede Wiederholung.</translation>
    </message>
    <message>
        <source>{step}. Press Enter for each rep.</source>
        <translation>{step}. Drücken Sie Enter für jede Wiederholung.</translation>
    </message>
    <message numerus="yes">
        <source>{step}, %n second(s). {where}.</source>
        <translation>
            <numerusform>{step}, %n Sekunde. {where}.</numerusform>
            <numerusform>{step}, %n Sekunden. {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step}, %n second(s).</source>
        <translation>
            <numerusform>{step}, %n Sekunde.</numerusform>
            <numerusform>{step}, %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: the computer was asleep for about a minute. Press Space to carry on.</source>
        <translation>Pausiert: Der Computer war etwa eine Minute im Ruhezustand. Drücken Sie die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Übung {number} von {count}</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Als Nächstes: Ende</translation>
    </message>
    <message>
        <source>Next: {exercise} (exercise {number} of {count})</source>
        <translation>Als Nächstes: {exercise} (Übung {number} von {count})</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Als Nächstes: {step}</translation>
    </message>
    <message>
        <source>Routine done!</source>
        <translation>Übungsprogramm geschafft!</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Routine ended</source>
        <translation>Übungsprogramm zu Ende</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Einheit zu Ende</translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation>Übungsprogramm beendet</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>{name}: {done} of {count} exercises done</source>
        <translation>{name}: {done} von {count} Übungen erledigt</translation>
    </message>
    <message>
        <source>{name}: {done} of {planned} reps done</source>
        <translation>{name}: {done} von {planned} Wiederholungen erledigt</translation>
    </message>
    <message>
        <source>Time: {active} (plus {paused} paused)</source>
        <translation>Zeit: {active} (dazu {paused} Pause)</translation>
    </message>
    <message>
        <source>Time: {active}</source>
        <translation>Zeit: {active}</translation>
    </message>
    <message>
        <source>Skipped holds and moves: {count}</source>
        <translation>Übersprungene Halte- und Bewegungsschritte: {count}</translation>
    </message>
    <message>
        <source>Partly done: it does not count toward today&apos;s target.</source>
        <translation>Teilweise erledigt: Das zählt nicht zum heutigen Ziel.</translation>
    </message>
    <message>
        <source>Nothing done: it does not count toward today&apos;s target.</source>
        <translation>Nichts erledigt: Das zählt nicht zum heutigen Ziel.</translation>
    </message>
    <message>
        <source>nothing done</source>
        <translation>nichts erledigt</translation>
    </message>
    <message>
        <source>{done} of {planned} reps</source>
        <translation>{done} von {planned} Wiederholungen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>teilweise erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>{mark} {exercise} — {outcome}</source>
        <translation>{mark} {exercise} — {outcome}</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Exercise session</source>
        <translation>Übungseinheit</translation>
    </message>
    <message>
        <source>The step now, its countdown and the session&apos;s controls</source>
        <translation>Der Schritt jetzt, sein Countdown und die Bedienelemente der Einheit</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <source>What was done, and how it felt</source>
        <translation>Was gemacht wurde und wie es sich anfühlte</translation>
    </message>
    <message>
        <source>Paused. Press Space to resume.</source>
        <translation>Pausiert. Drücken Sie die Leertaste, um fortzufahren.</translation>
    </message>
    <message>
        <source>This desktop did not let Footcare fill the screen: the session is shown as large as the window allows. Maximise the window for more room.</source>
        <translation>Diese Arbeitsumgebung lässt Footcare nicht den ganzen Bildschirm füllen: Die Übung wird so groß gezeigt, wie das Fenster es erlaubt. Maximieren Sie das Fenster für mehr Platz.</translation>
    </message>
</context>
<context>
    <name>SoundText</name>
    <message>
        <source>No sound: no audio output device was found.</source>
        <translation>Kein Ton: Es wurde kein Audioausgabegerät gefunden.</translation>
    </message>
    <message>
        <source>No sound: Qt&apos;s multimedia module could not load (is libpulse0 installed?).</source>
        <translation>Kein Ton: Das Multimedia-Modul von Qt konnte nicht geladen werden (ist libpulse0 installiert?).</translation>
    </message>
    <message>
        <source>No sound: the sound file {name}.wav is missing.</source>
        <translation>Kein Ton: Die Tondatei {name}.wav fehlt.</translation>
    </message>
    <message>
        <source>No sound: {name}.wav could not be played on this device.</source>
        <translation>Kein Ton: {name}.wav konnte auf diesem Gerät nicht abgespielt werden.</translation>
    </message>
</context>
<context>
    <name>SpeechText</name>
    <message>
        <source>Spoken prompts are unavailable: this system has no working speech engine.</source>
        <translation>Gesprochene Ansagen sind nicht verfügbar: Dieses System hat keine funktionierende Sprachausgabe.</translation>
    </message>
</context>
<context>
    <name>StepPicture</name>
    <message>
        <source>Picture: {exercise}, {step}</source>
        <translation>Bild: {exercise}, {step}</translation>
    </message>
</context>
<context>
    <name>StoreText</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>sie ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file or its folder is not accessible</source>
        <translation>auf die Datei oder ihren Ordner kann nicht zugegriffen werden</translation>
    </message>
    <message>
        <source>reading or writing the disk failed</source>
        <translation>Lesen oder Schreiben auf dem Datenträger ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>ein anderes Programm verwendet sie</translation>
    </message>
    <message>
        <source>its contents are damaged</source>
        <translation>ihr Inhalt ist beschädigt</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>sie ist keine Datenbank</translation>
    </message>
    <message>
        <source>Your routines could not be saved. {notice}</source>
        <translation>Ihre Übungsprogramme konnten nicht gespeichert werden. {notice}</translation>
    </message>
    <message>
        <source>Your routines could not be saved in {path}: {reason}.</source>
        <translation>Ihre Übungsprogramme konnten nicht in {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not save the session. {notice}</source>
        <translation>Die Einheit konnte nicht gespeichert werden. {notice}</translation>
    </message>
    <message>
        <source>Could not save the session in {path}: {reason}.</source>
        <translation>Die Einheit konnte nicht in {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not save the change. {notice}</source>
        <translation>Die Änderung konnte nicht gespeichert werden. {notice}</translation>
    </message>
    <message>
        <source>Could not save the change in {path}: {reason}.</source>
        <translation>Die Änderung konnte nicht in {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not delete the session. {notice}</source>
        <translation>Die Einheit konnte nicht gelöscht werden. {notice}</translation>
    </message>
    <message>
        <source>Could not delete the session in {path}: {reason}.</source>
        <translation>Die Einheit konnte nicht aus {path} gelöscht werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not save your answer. {notice}</source>
        <translation>Ihre Antwort konnte nicht gespeichert werden. {notice}</translation>
    </message>
    <message>
        <source>Could not save your answer in {path}: {reason}.</source>
        <translation>Ihre Antwort konnte nicht in {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not restore the session. {notice}</source>
        <translation>Die Einheit konnte nicht wiederhergestellt werden. {notice}</translation>
    </message>
    <message>
        <source>Could not restore the session in {path}: {reason}.</source>
        <translation>Die Einheit konnte nicht in {path} wiederhergestellt werden: {reason}.</translation>
    </message>
    <message>
        <source>a file is in the way</source>
        <translation>eine Datei ist im Weg</translation>
    </message>
    <message>
        <source>Footcare could not create its data folder {folder} ({reason}). Sessions will not be saved this run.</source>
        <translation>Footcare konnte seinen Datenordner {folder} nicht anlegen ({reason}). Einheiten werden bei diesem Start nicht gespeichert.</translation>
    </message>
    <message>
        <source>The session history {path} is not a regular file (a pipe or a device). Sessions will not be saved this run.</source>
        <translation>Der Sitzungsverlauf {path} ist keine normale Datei (eine Pipe oder ein Gerät). Sitzungen werden in diesem Lauf nicht gespeichert.</translation>
    </message>
    <message>
        <source>The session history {path} was written by a newer version of Footcare (format {format}; this version knows up to {known}). It was left as it is; new sessions will not be saved this run.</source>
        <translation>Der Verlauf {path} wurde von einer neueren Footcare-Version geschrieben (Format {format}; diese Version kennt bis {known}). Er bleibt unverändert; neue Einheiten werden bei diesem Start nicht gespeichert.</translation>
    </message>
    <message>
        <source>The session history {path} cannot be written ({reason}). New sessions will not be saved this run.</source>
        <translation>Der Verlauf {path} kann nicht geschrieben werden ({reason}). Neue Einheiten werden bei diesem Start nicht gespeichert.</translation>
    </message>
    <message>
        <source>The session history {path} cannot be opened or created ({reason}). Past sessions cannot be shown and new ones will not be saved this run.</source>
        <translation>Der Verlauf {path} kann weder geöffnet noch angelegt werden ({reason}). Frühere Einheiten können nicht angezeigt und neue bei diesem Start nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The session history {path} could not be used ({damage}) nor moved aside ({reason}). It was left as it is; sessions will not be saved this run.</source>
        <translation>Der Verlauf {path} konnte weder verwendet ({damage}) noch beiseitegelegt werden ({reason}). Er bleibt unverändert; Einheiten werden bei diesem Start nicht gespeichert.</translation>
    </message>
    <message>
        <source>The session history {path} could not be used ({damage}) nor moved aside ({reason}). It was renamed to {name}.corrupt-…, but its companion files were not; sessions will not be saved this run.</source>
        <translation>Der Verlauf {path} konnte weder verwendet ({damage}) noch beiseitegelegt werden ({reason}). Er wurde in {name}.corrupt-… umbenannt, seine Begleitdateien aber nicht; Einheiten werden bei diesem Start nicht gespeichert.</translation>
    </message>
    <message>
        <source>The session history {path} could not be used ({damage}). It was kept as {aside} and a new, empty history was started.</source>
        <translation>Der Verlauf {path} konnte nicht verwendet werden ({damage}). Er wurde als {aside} aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>{notice} That new history could not be created either ({reason}).</source>
        <translation>{notice} Auch dieser neue Verlauf konnte nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <source>That session was never saved in {path}.</source>
        <translation>Diese Einheit wurde nie in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Session {id} in {path} is unreadable.</source>
        <translation>Einheit {id} in {path} ist nicht lesbar.</translation>
    </message>
    <message>
        <source>other users can read it, and it is not yours to change</source>
        <translation>andere Benutzer können sie lesen, und Sie dürfen das nicht ändern</translation>
    </message>
    <message>
        <source>You can follow up to {count} goals.</source>
        <translation>Sie können bis zu {count} Ziele verfolgen.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>{path} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>A goal&apos;s name cannot hold invisible control characters.</source>
        <translation>Der Name eines Ziels darf keine unsichtbaren Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A goal needs a name.</source>
        <translation>Ein Ziel braucht einen Namen.</translation>
    </message>
    <message>
        <source>its integrity check failed</source>
        <translation>ihre Integritätsprüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>it holds tables Footcare does not know</source>
        <translation>sie enthält Tabellen, die Footcare nicht kennt</translation>
    </message>
    <message>
        <source>Session {id} is no longer in {path}.</source>
        <translation>Einheit {id} ist nicht mehr in {path}.</translation>
    </message>
</context>
<context>
    <name>StyleText</name>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Switch feet</source>
        <translation>Fuß wechseln</translation>
    </message>
    <message>
        <source>Stretch to a feeling of tension, not to sharp pain. Stop if the pain is sharp or gets worse, and ask your clinician. Footcare counts time for you; it does not replace a clinician&apos;s advice.</source>
        <translation>Dehnen Sie bis zu einem Spannungsgefühl, nicht bis zu stechendem Schmerz. Hören Sie auf, wenn der Schmerz stechend ist oder stärker wird, und fragen Sie Ihre Ärztin oder Ihren Arzt. Footcare zählt die Zeit für Sie; es ersetzt keinen ärztlichen oder therapeutischen Rat.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Pain now (optional):</source>
        <translation>Schmerz jetzt (optional):</translation>
    </message>
    <message>
        <source>A note for your log (optional), e.g. how the foot felt</source>
        <translation>Eine Notiz für Ihren Verlauf (optional), z. B. wie sich der Fuß angefühlt hat</translation>
    </message>
    <message>
        <source>Note about this session</source>
        <translation>Notiz zu dieser Einheit</translation>
    </message>
    <message>
        <source>Optional. Saved in your log when you leave the field or the summary</source>
        <translation>Optional. Wird in Ihrem Verlauf gespeichert, wenn Sie das Feld oder die Zusammenfassung verlassen</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Start the same exercise again</source>
        <translation>Dieselbe Übung noch einmal starten</translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation>Zu den Übungen</translation>
    </message>
    <message>
        <source>Return to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Start the same routine again</source>
        <translation>Dasselbe Übungsprogramm noch einmal starten</translation>
    </message>
    <message>
        <source>{title} {first}.</source>
        <translation>{title} {first}.</translation>
    </message>
</context>
<context>
    <name>TodayKeeper</name>
    <message>
        <source>The history could not be read. {error}</source>
        <translation>Der Verlauf konnte nicht gelesen werden. {error}</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Sessions, charts, pain log and report (Ctrl+H)</source>
        <translation>Einheiten, Diagramme, Schmerztagebuch und Bericht (Strg+H)</translation>
    </message>
    <message>
        <source>Open your sessions, charts, pain log and report (Ctrl+H)</source>
        <translation>Ihre Einheiten, Diagramme, Ihr Schmerztagebuch und den Bericht öffnen (Strg+H)</translation>
    </message>
    <message>
        <source>Routine to start</source>
        <translation>Zu startendes Übungsprogramm</translation>
    </message>
    <message>
        <source>The routine that Start routine runs</source>
        <translation>Das Übungsprogramm, das „Programm starten“ ausführt</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Programm starten</translation>
    </message>
    <message>
        <source>Do every exercise of this routine in one go (Ctrl+Enter)</source>
        <translation>Alle Übungen dieses Programms am Stück machen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Do every exercise of the chosen routine in one go (Ctrl+Enter)</source>
        <translation>Alle Übungen des gewählten Übungsprogramms am Stück machen (Strg+Enter)</translation>
    </message>
    <message>
        <source>✓ All {target} sessions done. Well done!</source>
        <translation>✓ Alle {target} Einheiten erledigt. Gut gemacht!</translation>
    </message>
    <message>
        <source>{done} of {target} sessions done · {met} of {exercises} exercises complete</source>
        <translation>{done} von {target} Einheiten erledigt · {met} von {exercises} Übungen vollständig</translation>
    </message>
    <message>
        <source>Streak: {days} in a row with every target met · best {best}</source>
        <translation>Serie: {days} in Folge mit allen Zielen erreicht · Bestwert {best}</translation>
    </message>
    <message>
        <source>Streak: meet every target today to start one · best {best}</source>
        <translation>Serie: Erreichen Sie heute alle Ziele, um eine zu beginnen · Bestwert {best}</translation>
    </message>
</context>
<context>
    <name>TodayText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayText</name>
    <message>
        <source>Footcare is still running</source>
        <translation>Footcare läuft weiter</translation>
    </message>
    <message>
        <source>Footcare stays in the tray so it can remind you of your exercises. To quit, choose Quit from the tray menu or the File menu.</source>
        <translation>Footcare bleibt im Infobereich, um Sie an Ihre Übungen zu erinnern. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols oder im Menü „Datei“.</translation>
    </message>
    <message>
        <source>{exercise} — paused</source>
        <translation>{exercise} — pausiert</translation>
    </message>
    <message>
        <source>{exercise} — {step}, rep {rep} of {reps}</source>
        <translation>{exercise} — {step}, Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>{exercise} — {step}, {seconds} s left</source>
        <translation>{exercise} — {step}, noch {seconds} s</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&amp;Left foot</source>
        <translation>&amp;Linker Fuß</translation>
    </message>
    <message>
        <source>&amp;Right foot</source>
        <translation>&amp;Rechter Fuß</translation>
    </message>
    <message>
        <source>&amp;Both feet</source>
        <translation>&amp;Beide Füße</translation>
    </message>
    <message>
        <source>&amp;Not sure</source>
        <translation>&amp;Nicht sicher</translation>
    </message>
    <message>
        <source>Welcome to Footcare</source>
        <translation>Willkommen bei Footcare</translation>
    </message>
    <message>
        <source>A few choices before you start, each saved as you make it; all of them are in Preferences too. Nothing to change? Skip.</source>
        <translation>Ein paar Einstellungen vor dem Start, jede sofort gespeichert; alle finden Sie auch in den Einstellungen. Nichts zu ändern? Überspringen.</translation>
    </message>
    <message>
        <source>Which foot is painful?</source>
        <translation>Welcher Fuß schmerzt?</translation>
    </message>
    <message>
        <source>Exercises for the painful foot then name it; Preferences can change it</source>
        <translation>Übungen für den schmerzenden Fuß nennen ihn dann; in den Einstellungen änderbar</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>&amp;Speak the prompts (“Hold, rep 3 of 8”)</source>
        <translation>Ansagen &amp;sprechen („Halten, Wiederholung 3 von 8“)</translation>
    </message>
    <message>
        <source>A voice says each step, so you need not look at the screen</source>
        <translation>Eine Stimme sagt jeden Schritt an, Sie müssen nicht auf den Bildschirm schauen</translation>
    </message>
    <message>
        <source>&amp;Test sound</source>
        <translation>Ton &amp;testen</translation>
    </message>
    <message>
        <source>Play the tones, then a spoken prompt if the voice is on</source>
        <translation>Die Töne abspielen, dann eine gesprochene Ansage, wenn die Stimme an ist</translation>
    </message>
    <message>
        <source>Start using Footcare</source>
        <translation>Footcare verwenden</translation>
    </message>
    <message>
        <source>Your choices are saved (Enter)</source>
        <translation>Ihre Auswahl ist gespeichert (Eingabetaste)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Close the welcome; it stays under Help (Esc)</source>
        <translation>Willkommen schließen; es bleibt unter Hilfe (Esc)</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Remind me of my exercises at these times</source>
        <translation>An meine Übungen zu diesen Zeiten &amp;erinnern</translation>
    </message>
    <message>
        <source>Footcare then keeps running in the tray when its window is closed</source>
        <translation>Footcare läuft dann im Infobereich weiter, wenn das Fenster geschlossen ist</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Could not import the routine</source>
        <translation>Das Übungsprogramm konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Saved “{name}” and its doses from {file}.</source>
        <translation>„{name}“ mit seinen Dosierungen aus {file} gespeichert.</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Übungsprogramm importiert</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>About Footcare</source>
        <translation>Über Footcare</translation>
    </message>
</context>
</TS>
