"""The catalogue's texts for translation: generated from catalogue.toml, do not edit.

Made by scripts/extract_catalogue_strings.py; pyside6-lupdate reads the QT_TRANSLATE_NOOP
markers below into the "Catalogue" context, and each "#:" line becomes a note for
translators. Nothing imports this module at run time.
"""

# ruff: noqa: E501

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP

TEXTS = (
    #: calf-stretch: name
    QT_TRANSLATE_NOOP("Catalogue", "Calf stretch"),
    #: calf-stretch: why
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Tight calf muscles push extra force onto the ball of the foot. Lengthening them takes some of that load away.",
    ),
    #: calf-stretch: position
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Stand facing a wall, about an arm's length away, with your hands flat on the wall.",
    ),
    #: calf-stretch: steps[1]
    QT_TRANSLATE_NOOP("Catalogue", "Step one foot forward and keep the other foot back."),
    #: calf-stretch: steps[2]
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Lean towards the wall, keeping the back heel on the floor and the back knee straight.",
    ),
    #: calf-stretch: steps[3]
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "You should feel a stretch along the calf of the back leg. Hold it there.",
    ),
    #: calf-stretch: steps[4]
    QT_TRANSLATE_NOOP("Catalogue", "Change legs and stretch the other calf."),
    #: calf-stretch: caution
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Stretch until you feel tension in the calf, not pain. Let your heel stay down rather than forcing the lean.",
    ),
    #: calf-stretch: phases[1].label
    QT_TRANSLATE_NOOP("Catalogue", "Hold the stretch"),
    #: calf-stretch: phases[1].instruction
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Lean into the wall, back heel down, back knee straight. Breathe steadily.",
    ),
    #: calf-stretch: phases[1].seconds.note
    QT_TRANSLATE_NOOP("Catalogue", "Hold for 30 to 60 seconds."),
    #: calf-stretch: phases[2].label
    QT_TRANSLATE_NOOP("Catalogue", "Relax"),
    #: calf-stretch: phases[2].instruction
    QT_TRANSLATE_NOOP("Catalogue", "Ease off and stand upright before the next hold."),
    #: calf-stretch: reps.note
    QT_TRANSLATE_NOOP("Catalogue", "The source describes a single hold per leg."),
    #: calf-stretch: per_day.note
    QT_TRANSLATE_NOOP("Catalogue", "Two times per day."),
    #: achilles-stretch: name
    QT_TRANSLATE_NOOP("Catalogue", "Achilles tendon stretch"),
    #: achilles-stretch: why
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "A flexible, loose Achilles tendon helps keep pressure off the ball of the foot.",
    ),
    #: achilles-stretch: position
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Stand on a kerb or a stair with the balls of your feet on the edge and your heels hanging off. Hold a rail or wall for balance.",
    ),
    #: achilles-stretch: steps[1]
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Slowly let your heels sink below the edge and hold while the back of the ankle stretches.",
    ),
    #: achilles-stretch: steps[2]
    QT_TRANSLATE_NOOP("Catalogue", "Rise up onto your toes to work the calf and hold there."),
    #: achilles-stretch: steps[3]
    QT_TRANSLATE_NOOP("Catalogue", "Lower back to level and repeat."),
    #: achilles-stretch: caution
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Move slowly and keep hold of a rail: this is done on an edge. Stop if the pain is sharp.",
    ),
    #: achilles-stretch: phases[1].label
    QT_TRANSLATE_NOOP("Catalogue", "Heels down"),
    #: achilles-stretch: phases[1].instruction
    QT_TRANSLATE_NOOP("Catalogue", "Lower your heels slowly below the edge and hold the stretch."),
    #: achilles-stretch: phases[1].seconds.note
    QT_TRANSLATE_NOOP("Catalogue", "The source says 'a few seconds'; Footcare counts 3."),
    #: achilles-stretch: phases[2].label
    QT_TRANSLATE_NOOP("Catalogue", "Up on your toes"),
    #: achilles-stretch: phases[2].instruction
    QT_TRANSLATE_NOOP("Catalogue", "Rise onto your toes, squeeze the calf and hold."),
    #: achilles-stretch: reps.note
    QT_TRANSLATE_NOOP("Catalogue", "Three sets of 12."),
    #: achilles-stretch: per_day.note
    QT_TRANSLATE_NOOP("Catalogue", "Each day."),
    #: ankle-extension: name
    QT_TRANSLATE_NOOP("Catalogue", "Ankle extension"),
    #: ankle-extension: why
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Everyday walking and sport can stiffen the ankle. Bending the toes and foot back loosens it.",
    ),
    #: ankle-extension: position
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Sit on a chair and rest the ankle of your painful foot on the opposite knee.",
    ),
    #: ankle-extension: steps[1]
    QT_TRANSLATE_NOOP("Catalogue", "Hold the ankle with the hand on the same side as that foot."),
    #: ankle-extension: steps[2]
    QT_TRANSLATE_NOOP("Catalogue", "With the other hand, take hold of your toes."),
    #: ankle-extension: steps[3]
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Draw the toes back towards you until the stretch is strong and uncomfortable, then hold.",
    ),
    #: ankle-extension: steps[4]
    QT_TRANSLATE_NOOP("Catalogue", "Let go and relax before the next rep."),
    #: ankle-extension: caution
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "The source advises pulling until it is quite painful. Stop short of sharp pain, and stop altogether if the pain gets worse from one day to the next.",
    ),
    #: ankle-extension: phases[1].label
    QT_TRANSLATE_NOOP("Catalogue", "Pull the toes back"),
    #: ankle-extension: phases[1].instruction
    QT_TRANSLATE_NOOP("Catalogue", "Draw your toes towards you and hold the stretch."),
    #: ankle-extension: phases[1].seconds.note
    QT_TRANSLATE_NOOP("Catalogue", "Hold for 5 to 10 seconds."),
    #: ankle-extension: phases[2].instruction
    QT_TRANSLATE_NOOP("Catalogue", "Let go of your toes and let the foot rest."),
    #: ankle-extension: phases[2].seconds.note
    QT_TRANSLATE_NOOP("Catalogue", "Relax for 10 seconds."),
    #: ankle-extension: reps.note
    QT_TRANSLATE_NOOP("Catalogue", "Three sets of eight reps."),
    #: ankle-flexion: name
    QT_TRANSLATE_NOOP("Catalogue", "Ankle flexion"),
    #: ankle-flexion: why
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Working the ankle in the other direction keeps it supple all the way round.",
    ),
    #: ankle-flexion: position
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Sit as for the ankle extension, with the painful foot crossed over the other knee.",
    ),
    #: ankle-flexion: steps[1]
    QT_TRANSLATE_NOOP("Catalogue", "This time hold the ankle with the opposite hand."),
    #: ankle-flexion: steps[2]
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Take hold of your toes with the hand on the same side as that foot.",
    ),
    #: ankle-flexion: steps[3]
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Press the toes in towards your shin until you feel some pain, then ease off slightly.",
    ),
    #: ankle-flexion: steps[4]
    QT_TRANSLATE_NOOP("Catalogue", "Hold there, then relax before the next rep."),
    #: ankle-flexion: caution
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Ease off a little once you feel pain: hold at a point you can keep still. Stop if the pain is sharp.",
    ),
    #: ankle-flexion: phases[1].label
    QT_TRANSLATE_NOOP("Catalogue", "Toes in, hold"),
    #: ankle-flexion: phases[1].instruction
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Press your toes in towards your shin, ease off slightly and hold.",
    ),
    #: ankle-flexion: phases[2].seconds.note
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "The source gives no relax time; Footcare uses the ankle extension's 10 seconds.",
    ),
    #: ankle-flexion: reps.note
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "The source gives no reps; Footcare uses the ankle extension's eight.",
    ),
    #: ankle-flexion: sets.note
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "The source gives no sets; Footcare uses the ankle extension's three.",
    ),
    #: ankle-flexion: per_day.note
    QT_TRANSLATE_NOOP("Catalogue", "The source gives no frequency; Footcare suggests once a day."),
    #: toe-pulling: name
    QT_TRANSLATE_NOOP("Catalogue", "Toe pulling"),
    #: toe-pulling: why
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Gripping with the toes strengthens the small muscles under the foot. It feels odd at first.",
    ),
    #: toe-pulling: position
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Stand barefoot on a smooth floor with your feet about hip-width apart.",
    ),
    #: toe-pulling: steps[1]
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Curl the toes of the working foot as if grabbing something with them.",
    ),
    #: toe-pulling: steps[2]
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Use that grip to pull yourself forward along the floor, about 1 to 2 metres (3 to 6 feet) in all.",
    ),
    #: toe-pulling: steps[3]
    QT_TRANSLATE_NOOP("Catalogue", "Count one rep for each pull, then work the other foot."),
    #: toe-pulling: caution
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "Keep your balance: stand near a wall or a chair. Stop if the ball of the foot hurts more as you go.",
    ),
    #: toe-pulling: progression
    QT_TRANSLATE_NOOP("Catalogue", "Start with 25 reps per foot and work up to 75."),
    #: toe-pulling: phases[1].label
    QT_TRANSLATE_NOOP("Catalogue", "Pull"),
    #: toe-pulling: phases[1].instruction
    QT_TRANSLATE_NOOP("Catalogue", "Curl your toes, grip the floor and pull yourself forward."),
    #: toe-pulling: reps.note
    QT_TRANSLATE_NOOP("Catalogue", "25 reps per foot, working up to 75."),
    #: toe-pulling: per_day.note
    QT_TRANSLATE_NOOP("Catalogue", "Three times a day."),
    #: toe-pulling: pace_seconds.note
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "0 means at your own pace: press Space for each rep. Set seconds to be paced.",
    ),
    #: picture calf-stretch/start
    QT_TRANSLATE_NOOP(
        "Figures",
        "Standing upright facing a wall, an arm's length away, both hands flat on the wall.",
    ),
    #: picture calf-stretch/step
    QT_TRANSLATE_NOOP(
        "Figures",
        "Facing the wall with hands on it: one foot forward, the working foot back.",
    ),
    #: picture calf-stretch/lean
    QT_TRANSLATE_NOOP(
        "Figures",
        "Leaning into the wall: the back leg straight with its heel on the floor, the front knee bent; the stretch is in the back calf.",
    ),
    #: picture achilles-stretch/level
    QT_TRANSLATE_NOOP(
        "Figures",
        "Standing on a step with the balls of both feet on its edge and the heels over it, a hand on the rail.",
    ),
    #: picture achilles-stretch/heels_down
    QT_TRANSLATE_NOOP(
        "Figures",
        "On the step edge with both heels lowered below it: the back of the ankles stretches.",
    ),
    #: picture achilles-stretch/toes_up
    QT_TRANSLATE_NOOP(
        "Figures",
        "On the step edge, risen high onto the toes of both feet, heels lifted.",
    ),
    #: picture ankle-extension/start
    QT_TRANSLATE_NOOP(
        "Figures",
        "Sitting on a chair, seen from the front: the working foot crossed over the other knee, its ankle resting there.",
    ),
    #: picture ankle-extension/ankle_hold
    QT_TRANSLATE_NOOP(
        "Figures",
        "Sitting with the foot crossed over the knee: the hand on the same side as that foot holds its ankle; the other hand rests.",
    ),
    #: picture ankle-extension/grip
    QT_TRANSLATE_NOOP(
        "Figures",
        "Sitting with the foot crossed over the knee: the same-side hand holds the ankle, the other hand takes hold of the toes.",
    ),
    #: picture ankle-extension/pull
    QT_TRANSLATE_NOOP(
        "Figures",
        "Sitting with the foot crossed over the knee: the same-side hand holds the ankle, the other hand pulls the toes back towards you.",
    ),
    #: picture ankle-flexion/ankle_hold
    QT_TRANSLATE_NOOP(
        "Figures",
        "Sitting with the foot crossed over the knee: the opposite hand reaches across and holds the ankle; the same-side hand rests.",
    ),
    #: picture ankle-flexion/grip
    QT_TRANSLATE_NOOP(
        "Figures",
        "Sitting with the foot crossed over the knee: the opposite hand holds the ankle, the same-side hand reaches across to the toes.",
    ),
    #: picture ankle-flexion/press
    QT_TRANSLATE_NOOP(
        "Figures",
        "Sitting with the foot crossed over the knee: the opposite hand holds the ankle, the same-side hand presses the toes in, curling them and the foot down, the other way from the ankle extension.",
    ),
    #: picture toe-pulling/stand
    QT_TRANSLATE_NOOP(
        "Figures",
        "Standing barefoot, feet hip-width apart, toes flat on the floor.",
    ),
    #: picture toe-pulling/curl
    QT_TRANSLATE_NOOP(
        "Figures",
        "Standing: the toes of the working foot curl under and grip the floor.",
    ),
    #: picture toe-pulling/pull
    QT_TRANSLATE_NOOP(
        "Figures",
        "Standing: the curled toes grip the floor and pull the working foot forward along it.",
    ),
)
