"""The demo's survey of voluntary and community sector partners, written with their network."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from feedback.demo.answering import Tendency
from feedback.demo.people import PARENT_CARER_FORUM, VCS_NETWORK
from feedback.demo.plan import WORKING_DAY, DemoSurvey
from feedback.demo.writing import CommentBank, Topic
from feedback.models import Channel, GroupRole, SurveyStatus
from surveys.model import Condition, Operator, Option, Question, Section, SurveyDefinition

DEFINITION = SurveyDefinition(
    slug="vcs-partners-survey-2026",
    title="Voluntary and community sector partners survey",
    purpose=(
        "This survey is for charities, community groups and other voluntary organisations that "
        "support children, young people and families with SEND.\n"
        "The Voluntary Sector SEND Network wrote it with the council and the NHS. We want to "
        "know how well we work together, and what families are telling you."
    ),
    what_happens_next=(
        "We will discuss the results at the Voluntary Sector SEND Network and publish a "
        "summary, with what the partnership will do, on the local offer."
    ),
    audiences=("voluntary-and-community-sector",),
    sections=(
        Section(
            title="Your organisation",
            questions=(
                Question(
                    key="organisation-type",
                    type="single_choice",
                    text="What kind of organisation do you work or volunteer for?",
                    options=(
                        Option("charity", "Charity"),
                        Option("community-group", "Community group"),
                        Option("social-enterprise", "Social enterprise"),
                        Option("faith-group", "Faith group"),
                        Option("sport-leisure", "Sport or leisure provider"),
                    ),
                    allow_other=True,
                ),
                Question(
                    key="work",
                    type="multiple_choice",
                    text="What does your organisation offer families with SEND?",
                    hint="Select all that apply.",
                    options=(
                        Option("short-breaks", "Short breaks and activities"),
                        Option("advice", "Advice and advocacy"),
                        Option("peer-support", "Peer support for parents and carers"),
                        Option("youth-work", "Youth work"),
                        Option("employment", "Employment and training"),
                        Option("health-wellbeing", "Health and wellbeing"),
                    ),
                    allow_other=True,
                ),
                Question(
                    key="families-supported",
                    type="number",
                    text="About how many families with SEND did you support in the last year?",
                    required=False,
                    minimum=Decimal(0),
                    maximum=Decimal(100000),
                ),
            ),
        ),
        Section(
            title="Working in partnership",
            questions=(
                Question(
                    key="know-who-to-contact",
                    type="agreement",
                    text="I know who to contact at the council or the NHS about SEND.",
                    areas=("inter-agency-working",),
                    pledges=("clear-and-accessible",),
                ),
                Question(
                    key="referrals",
                    type="satisfaction",
                    text="How satisfied are you with how referrals work between your "
                    "organisation and statutory services?",
                    areas=("inter-agency-working", "coordination-of-assessments"),
                ),
                Question(
                    key="involved-in-commissioning",
                    type="yes_no",
                    text="Has your organisation helped plan or commission SEND services in the "
                    "last year?",
                    areas=("joint-commissioning",),
                    pledges=("involve-from-the-start",),
                ),
                Question(
                    key="involved-early-enough",
                    type="agreement",
                    text="We were involved early enough to make a difference.",
                    condition=Condition("involved-in-commissioning", Operator.IS, "yes"),
                    pledges=("involve-from-the-start",),
                    areas=("joint-commissioning", "co-production"),
                ),
                Question(
                    key="told-what-happened",
                    type="yes_no",
                    text="When you have given feedback to the partnership, were you told what "
                    "happened next?",
                    pledges=("tell-what-happened",),
                    areas=("co-production",),
                ),
            ),
        ),
        Section(
            title="What families tell you",
            questions=(
                Question(
                    key="family-concerns",
                    type="multiple_choice",
                    text="What do families raise with you most often?",
                    hint="Select all that apply.",
                    options=(
                        Option("waiting", "Waiting times for assessments and therapy"),
                        Option("ehc-plans", "EHC plans and annual reviews"),
                        Option("school-places", "School places"),
                        Option("transport", "School transport"),
                        Option("exclusions", "Exclusions and part-time timetables"),
                        Option("mental-health", "Mental health"),
                        Option("short-breaks", "Short breaks"),
                        Option("communication", "Not knowing who to contact"),
                    ),
                    allow_other=True,
                    areas=("waiting-times", "ehc-plan-quality", "parental-satisfaction"),
                ),
                Question(
                    key="listing-up-to-date",
                    type="yes_no",
                    text="Is your organisation's information on the local offer up to date?",
                    areas=("local-offer",),
                ),
                Question(
                    key="partnership-score",
                    type="rating",
                    text="How well does the SEND partnership work with the voluntary and "
                    "community sector, from 0 (very poorly) to 10 (very well)?",
                    areas=("co-production", "strategy"),
                ),
                Question(
                    key="contribution-valued",
                    type="agreement",
                    text="The partnership values what our sector contributes.",
                    pledges=("value-every-contribution",),
                    areas=("co-production",),
                ),
                Question(
                    key="do-differently",
                    type="long_text",
                    text="What should the partnership do differently?",
                    required=False,
                ),
            ),
        ),
    ),
)

TENDENCIES = {
    "organisation-type": Tendency(
        weights=(55, 20, 10, 6, 7, 2),
        others=("Parent-led support group", "Housing association", "Community interest company"),
    ),
    "work": Tendency(
        weights=(0.4, 0.35, 0.35, 0.25, 0.15, 0.3, 0.05),
        others=("Sibling support", "Sleep advice", "Holiday hunger programme", "Befriending"),
    ),
    "families-supported": Tendency(median=90, spread=1.0, blank=0.25),
    "know-who-to-contact": Tendency(shift=-0.2),
    "referrals": Tendency(shift=-0.6),
    "involved-in-commissioning": Tendency(yes=0.35, mood_effect=0.4),
    "involved-early-enough": Tendency(shift=-0.4),
    "told-what-happened": Tendency(yes=0.3, mood_effect=0.6),
    "family-concerns": Tendency(
        weights=(0.75, 0.6, 0.3, 0.35, 0.3, 0.55, 0.35, 0.5, 0.04),
        others=("Benefits and money worries", "Housing", "Sleep", "Siblings"),
    ),
    "listing-up-to-date": Tendency(yes=0.45, mood_effect=0.3),
    "partnership-score": Tendency(shift=-0.1),
    "contribution-valued": Tendency(shift=-0.1),
    "do-differently": Tendency(blank=0.3),
}

COMMENTS = CommentBank(
    frustrations=(
        "It is frustrating for us and worse for families.",
        "Honestly, it is a poor way to work together.",
    ),
    ask_keys=frozenset({"do-differently"}),
    fillers={
        "months": ("six", "nine", "12", "18"),
        "partner": (
            "the Parent Carer Forum",
            "SENDIAS",
            "the short breaks team",
            "the designated clinical officer",
            "the co-production officer",
        ),
    },
    openers=("We are a small charity run mostly by volunteers.",),
    connectors=("However,", "But", "That said,"),
    thanks=("Thank you for including the voluntary sector in this survey.",),
    keep_going=(
        "Keep the network meetings going. They are where real joint work happens.",
        "Carry on working with {partner} the way you have this year.",
    ),
    topics=(
        Topic(
            complaints=(
                "Referrals disappear into a black hole. We never hear whether families were seen.",
                "Families are bounced between services and end up back with us.",
            ),
            praise=("Referrals to early help now get a reply within a week, which is great.",),
            asks=("A simple way to track referrals and hear the outcome.",),
            weight=1.5,
        ),
        Topic(
            complaints=(
                "We are asked for our views once the service specification is already written.",
                "Grant funding is confirmed so late that we lose staff every year.",
                "Commissioning timescales make it impossible for small charities to bid.",
            ),
            praise=(
                "Being involved in designing the new short breaks offer felt like real "
                "co-production.",
            ),
            asks=(
                "Involve the voluntary sector at the start of commissioning, not for sign-off.",
                "Longer funding agreements so we can keep experienced staff.",
            ),
            when=("involved-in-commissioning", "yes"),
            weight=1.5,
        ),
        Topic(
            complaints=(
                "Families come to us because they cannot get hold of their SEND caseworker.",
                "We spend much of our time helping parents chase the council.",
                "Parents tell us they have waited {months} months for an EHC plan.",
            ),
            praise=("Working with {partner} means families get answers much faster.",),
            asks=("A direct line for voluntary sector staff supporting a family.",),
            weight=2.0,
        ),
        Topic(
            complaints=(
                "Our entry on the local offer has been wrong for a year despite us reporting it.",
                "The local offer does not list most community groups.",
            ),
            praise=("The local offer team updated our listing within days.",),
            asks=("Let organisations update their own local offer entries.",),
        ),
        Topic(
            complaints=(
                "Demand for our short breaks far outstrips what we are funded for.",
                "We have a waiting list of families for our holiday scheme.",
            ),
            praise=("The short breaks grant has let us open a second Saturday club.",),
            asks=("Fund more inclusive holiday activities.",),
        ),
        Topic(
            complaints=(
                "Partnership meetings are held in working hours in the civic centre, which shuts "
                "out volunteers.",
                "It feels like the voluntary sector is an afterthought.",
            ),
            praise=(
                "The partnership board now has a voluntary sector seat, which has made a real "
                "difference.",
                "{partner} has been a brilliant partner this year.",
            ),
            asks=("Hold some meetings in the evening and online.",),
            weight=1.5,
        ),
    ),
    few_words={},
)

SURVEY = DemoSurvey(
    definition=DEFINITION,
    status=SurveyStatus.OPEN,
    opens_on=date(2026, 1, 12),
    closes_on=date(2027, 1, 29),
    responses=250,
    groups=((VCS_NETWORK, GroupRole.CO_AUTHOR), (PARENT_CARER_FORUM, GroupRole.REVIEWER)),
    channels={Channel.ONLINE: 92, Channel.EVENT: 8},
    mood=0.0,
    tendencies=TENDENCIES,
    comments=COMMENTS,
    hours=WORKING_DAY,
    event_days=(date(2026, 2, 4), date(2026, 5, 13), date(2026, 9, 23)),
)
