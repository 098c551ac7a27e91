<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>PdfText</name>
    <message>
        <source>Footcare report</source>
        <translation>Footcare-Bericht</translation>
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
    <message numerus="yes">
        <source>%n session(s) finished on {active} of {days} days; {stopped} stopped early.</source>
        <translation>
            <numerusform>%n Einheit an {active} von {days} Tagen abgeschlossen; {stopped} vorzeitig beendet.</numerusform>
            <numerusform>%n Einheiten an {active} von {days} Tagen abgeschlossen; {stopped} vorzeitig beendet.</numerusform>
        </translation>
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
    <message>
        <source>All exercises</source>
        <translation>Alle Übungen</translation>
    </message>
    <message>
        <source>Finished sessions against the target from {first} (the start of the period, or the first day with a recorded session) to {last}, the day the report was made, which counts in full. Extra sessions on one day do not make up for a missed day.</source>
        <translation>Abgeschlossene Einheiten im Vergleich zum Ziel vom {first} (Beginn des Zeitraums oder erster Tag mit einer aufgezeichneten Einheit) bis zum {last}, dem Tag der Berichterstellung, der voll zählt. Zusätzliche Einheiten an einem Tag gleichen einen versäumten Tag nicht aus.</translation>
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
        <translation>Die Datei verschachtelt Listen oder Objekte zu tief, um eine Routine zu sein</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>Die Datei ist kein gültiges JSON: {problem} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>The file holds a number too long to be a routine value</source>
        <translation>Die Datei enthält eine Zahl, die für einen Wert einer Routine zu lang ist</translation>
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
</TS>
