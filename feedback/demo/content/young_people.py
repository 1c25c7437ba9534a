"""The demo's young people's survey, written with the youth forum in short, simple words."""

from __future__ import annotations

from datetime import date

from feedback.demo import symbols
from feedback.demo.answering import Tendency
from feedback.demo.people import PARENT_CARER_FORUM, YOUTH_FORUM
from feedback.demo.plan import AFTER_SCHOOL, DemoPicture, DemoSurvey
from feedback.demo.writing import CommentBank, Topic
from feedback.models import Channel, GroupRole, SurveyStatus
from surveys.model import Condition, Operator, Option, Question, Section, SurveyDefinition

THREE_WAY = (Option("yes", "Yes"), Option("sometimes", "Sometimes"), Option("no", "No"))

DEFINITION = SurveyDefinition(
    slug="have-your-say-young-people",
    title="Have your say: young people's survey",
    purpose=(
        "This survey is for children and young people with special educational needs or "
        "disabilities (SEND).\n"
        "The youth forum wrote it. We want to know what school, college and support are like "
        "for you. You can ask someone to help you answer. You do not have to give your name."
    ),
    what_happens_next=(
        "The youth forum will read what you say with the council and the NHS.\n"
        "We will tell you what we changed because of your answers, on the local offer and at "
        "youth forum meetings."
    ),
    audiences=("children-and-young-people",),
    sections=(
        Section(
            title="About you",
            questions=(
                Question(
                    key="age",
                    type="single_choice",
                    text="How old are you?",
                    easy_read="Pick how old you are.",
                    options=(
                        Option("10-or-under", "10 or under"),
                        Option("11-to-15", "11 to 15"),
                        Option("16-to-25", "16 to 25"),
                    ),
                ),
                Question(
                    key="learning-place",
                    type="single_choice",
                    text="Where do you go to learn?",
                    easy_read="Where do you go in the day to learn?",
                    options=(
                        Option("school", "School"),
                        Option("college", "College"),
                        Option("not-learning", "I am not at school or college at the moment"),
                    ),
                    allow_other=True,
                ),
            ),
        ),
        Section(
            title="School or college",
            questions=(
                Question(
                    key="feel-safe",
                    type="yes_no",
                    text="Do you feel safe at school or college?",
                    easy_read="Do you feel safe where you learn?",
                    areas=("attendance-and-exclusions",),
                ),
                Question(
                    key="help-to-learn",
                    type="faces",
                    text="How do you feel about the help you get to learn?",
                    easy_read="How is the help you get to learn?",
                    areas=("academic-progress",),
                ),
                Question(
                    key="trusted-adult",
                    type="yes_no",
                    text="Is there an adult at school or college you can talk to if you are "
                    "worried?",
                    easy_read="Is there a grown-up you can talk to when you are worried?",
                ),
                Question(
                    key="sent-home",
                    type="yes_no",
                    text="This year, have you been sent home early or told not to come in?",
                    easy_read="This year, have you been sent home early from school or college?",
                    areas=("attendance-and-exclusions",),
                ),
                Question(
                    key="school-score",
                    type="rating",
                    text="How good is school or college for you, from 0 (really bad) to 10 "
                    "(really good)?",
                    easy_read="Pick a number. 0 means really bad. 10 means really good.",
                    areas=("academic-progress",),
                ),
            ),
        ),
        Section(
            title="Being listened to",
            questions=(
                Question(
                    key="adults-listen",
                    type="single_choice",
                    text="Do adults listen to what you want?",
                    easy_read="Do grown-ups listen to you?",
                    options=THREE_WAY,
                    pledges=("listen-and-act",),
                    areas=("co-production",),
                ),
                Question(
                    key="support-meeting",
                    type="yes_no",
                    text="Have you been to a meeting about your support, like an annual review?",
                    easy_read="Have you been to a meeting about you and your help?",
                    areas=("ehc-plan-quality",),
                ),
                Question(
                    key="had-a-say",
                    type="single_choice",
                    text="At the meeting, did you get to say what you think?",
                    easy_read="At the meeting, could you say what you think?",
                    options=(
                        Option("yes", "Yes"),
                        Option("a-bit", "A bit"),
                        Option("no", "No"),
                    ),
                    condition=Condition("support-meeting", Operator.IS, "yes"),
                    pledges=("involve-from-the-start",),
                    areas=("ehc-plan-quality", "co-production"),
                ),
                Question(
                    key="waiting-for-help",
                    type="yes_no",
                    text="Are you waiting for help, like speech therapy or CAMHS?",
                    easy_read="Are you waiting to get help from someone?",
                    hint="CAMHS is the service that helps with feelings and mental health.",
                    areas=("waiting-times",),
                ),
            ),
        ),
        Section(
            title="Your future",
            questions=(
                Question(
                    key="after-school",
                    type="multiple_choice",
                    text="What do you want to do when you leave school?",
                    easy_read="What do you want to do when you are older? You can pick more "
                    "than one.",
                    hint="Select all that apply.",
                    options=(
                        Option("college", "Go to college"),
                        Option("job", "Get a job"),
                        Option("apprenticeship", "Do an apprenticeship"),
                        Option("university", "Go to university"),
                        Option("dont-know", "I don't know yet"),
                    ),
                    allow_other=True,
                    areas=("employment",),
                ),
                Question(
                    key="future-talk",
                    type="yes_no",
                    text="Has anyone talked to you about what you want to do when you are older?",
                    easy_read="Has someone talked to you about your future?",
                    areas=("employment",),
                ),
                Question(
                    key="things-you-enjoy",
                    type="yes_no",
                    text="Do you do things you enjoy outside school, like clubs or short breaks?",
                    easy_read="Do you go to clubs or do fun things after school?",
                    areas=("joint-commissioning",),
                ),
                Question(
                    key="one-thing",
                    type="long_text",
                    text="What is one thing that would make things better for you?",
                    easy_read="What would make things better for you? You can write it, or ask "
                    "someone to help you.",
                    required=False,
                    pledges=("value-every-contribution",),
                ),
            ),
        ),
    ),
)

TENDENCIES = {
    "age": Tendency(weights=(18, 55, 27)),
    "learning-place": Tendency(
        weights=(74, 19, 5, 2),
        others=("Home school", "Hospital school", "A farm project", "Alternative provision"),
    ),
    "feel-safe": Tendency(yes=0.7, mood_effect=0.9),
    "help-to-learn": Tendency(ordinal=True, shift=0.2),
    "trusted-adult": Tendency(yes=0.75, mood_effect=0.7),
    "sent-home": Tendency(yes=0.14, mood_effect=-0.6),
    "school-score": Tendency(shift=0.1),
    "adults-listen": Tendency(ordinal=True),
    "support-meeting": Tendency(yes=0.5),
    "had-a-say": Tendency(ordinal=True, shift=-0.2),
    "waiting-for-help": Tendency(yes=0.3, mood_effect=-0.4),
    "after-school": Tendency(
        weights=(0.5, 0.4, 0.15, 0.12, 0.25, 0.05),
        others=("Be a YouTuber", "Work with animals", "Join the army", "Be a chef", "Drive a bus"),
    ),
    "future-talk": Tendency(yes=0.5, mood_effect=0.5),
    "things-you-enjoy": Tendency(yes=0.55, mood_effect=0.6),
    "one-thing": Tendency(blank=0.35),
}

COMMENTS = CommentBank(
    frustrations=("its rubbish", "It makes me sad.", "I hate it."),
    connectors=("But", "Only thing is"),
    max_extra=1,
    fillers={
        "adult": ("my TA", "my teacher", "Miss", "Sir", "my key worker", "the youth worker"),
        "club": ("football", "drama club", "the Saturday club", "swimming", "gaming club"),
        "job": ("animal care", "being a mechanic", "cooking", "hair and beauty", "IT"),
    },
    topics=(
        Topic(
            complaints=(
                "nobody helps me in maths i just sit there",
                "I don't get help when I'm stuck.",
                "My work is too hard and I get told off when I don't finish it.",
            ),
            praise=(
                "{adult} helps me a lot.",
                "{adult} is the best, they explain things again.",
                "I like my teacher, she helps me.",
                "I get help in lessons now and it's better.",
            ),
            asks=("More help in lessons.", "Someone to help me when I'm stuck."),
            when=("help-to-learn", "not_good"),
            weight=2.0,
        ),
        Topic(
            complaints=(
                "It's too loud in the hall at lunch.",
                "the corridors are too busy and people push",
                "the lights in class hurt my eyes",
            ),
            praise=("I can go to the quiet room when it gets too much.",),
            asks=(
                "A quiet place to go at lunch.",
                "leave lessons 5 minutes early so it's not busy",
                "ear defenders in every class",
            ),
            weight=1.5,
        ),
        Topic(
            complaints=(
                "People are mean to me and the teachers don't do anything.",
                "I get bullied on the bus.",
                "I don't feel safe at break.",
            ),
            praise=("I have more friends this year.",),
            asks=("Teachers to stop the bullying.", "more staff outside at break"),
            when=("feel-safe", "no"),
        ),
        Topic(
            complaints=(
                "waiting for camhs for ages",
                "I have been waiting a long time for help with my feelings.",
                "My speech therapy stopped and I don't know why.",
            ),
            praise=("The lady from CAMHS is nice and I can talk to her.",),
            asks=("Not waiting so long for help.", "Someone to talk to while I wait."),
            when=("waiting-for-help", "yes"),
        ),
        Topic(
            complaints=(
                "There's nothing to do after school for people like me.",
                "I'm bored in the holidays.",
            ),
            praise=(
                "I love {club}.",
                "The youth forum is good because people listen to us.",
                "I go to {club} on Saturdays and it's fun.",
            ),
            asks=("More clubs for people like me.", "More things to do in the holidays."),
            weight=1.5,
        ),
        Topic(
            complaints=(
                "Nobody asks me what I think.",
                "In my meeting the adults just talked to each other.",
                "they dont listen to what I want",
            ),
            praise=(
                "I said what I wanted at my meeting and they wrote it down.",
                "{adult} listens to me.",
            ),
            asks=("Listen to us.", "Ask me what I want, not just my mum."),
            weight=1.5,
        ),
        Topic(
            complaints=(
                "The taxi is late a lot so I miss the start of the day.",
                "the bus takes forever and i feel sick",
            ),
            praise=("My taxi driver is nice.",),
            asks=("The same taxi driver every day.",),
        ),
        Topic(
            complaints=(
                "Nobody has talked to me about college.",
                "I'm worried about leaving school.",
            ),
            praise=(
                "I want to go to college and do {job}.",
                "I did work experience and I liked it.",
            ),
            asks=(
                "Help to get a job.",
                "More help to choose a college.",
                "I want to do {job} but I don't know how.",
            ),
        ),
    ),
    few_words={},
)

PICTURES = (
    DemoPicture("feel-safe", symbols.SHIELD, "A blue shield with a white tick"),
    DemoPicture("help-to-learn", symbols.BOOK, "An open book"),
    DemoPicture("trusted-adult", symbols.TALKING, "Two speech bubbles, as when people talk"),
    DemoPicture("adults-listen", symbols.EAR, "An ear hearing sounds"),
    DemoPicture("waiting-for-help", symbols.CLOCK, "A clock, for waiting"),
    DemoPicture("things-you-enjoy", symbols.STAR, "A yellow star"),
)
"""Symbols the youth forum chose for the questions they found hardest to read."""

SURVEY = DemoSurvey(
    definition=DEFINITION,
    status=SurveyStatus.OPEN,
    opens_on=date(2025, 6, 2),
    closes_on=None,
    responses=350,
    groups=((YOUTH_FORUM, GroupRole.CO_AUTHOR), (PARENT_CARER_FORUM, GroupRole.REVIEWER)),
    channels={Channel.ONLINE: 62, Channel.PAPER: 10, Channel.EVENT: 28},
    mood=0.3,
    tendencies=TENDENCIES,
    comments=COMMENTS,
    hours=AFTER_SCHOOL,
    event_days=(
        date(2025, 6, 28),
        date(2025, 7, 26),
        date(2025, 10, 25),
        date(2026, 2, 21),
        date(2026, 4, 11),
        date(2026, 7, 25),
        date(2026, 10, 31),
    ),
    young_people_mode=True,
    pictures=PICTURES,
    easy_read_share=1 / 3,
)
