"""The demo's survey of education settings, written with the SENCO network."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from feedback.demo.answering import Tendency
from feedback.demo.people import PARENT_CARER_FORUM, SENCO_NETWORK
from feedback.demo.plan import WORKING_DAY, DemoSurvey
from feedback.demo.writing import CommentBank, Topic
from feedback.models import Channel, GroupRole, SurveyStatus
from surveys.model import Condition, Operator, Option, Question, Section, SurveyDefinition

DEFINITION = SurveyDefinition(
    slug="education-settings-send-survey-2025",
    title="Education settings SEND survey",
    purpose=(
        "This survey is for early years settings, schools and colleges. We want to know how "
        "well the local area supports you to meet the needs of children and young people "
        "with SEND.\n"
        "The SENCO network wrote it with the council. One answer per setting is enough, "
        "ideally from the SENCO."
    ),
    what_happens_next=(
        "We will share the results at the SENCO network in the autumn term, with the actions "
        "the partnership is taking, and publish them on the local offer."
    ),
    audiences=("education-settings",),
    sections=(
        Section(
            title="Your setting",
            questions=(
                Question(
                    key="setting-type",
                    type="single_choice",
                    text="What kind of setting do you work in?",
                    options=(
                        Option("early-years", "Early years setting"),
                        Option("primary", "Primary school"),
                        Option("secondary", "Secondary school"),
                        Option("special", "Special school"),
                        Option("alternative-provision", "Alternative provision"),
                        Option("further-education", "Further education college"),
                    ),
                    allow_other=True,
                ),
                Question(
                    key="role",
                    type="single_choice",
                    text="What is your role?",
                    options=(
                        Option("senco", "SENCO"),
                        Option("head", "Headteacher or principal"),
                        Option("inclusion-lead", "Inclusion or pastoral lead"),
                        Option("teacher", "Teacher"),
                        Option("teaching-assistant", "Teaching assistant"),
                    ),
                    allow_other=True,
                ),
                Question(
                    key="pupils-with-send",
                    type="number",
                    text="Roughly how many of your pupils or students get SEN support or have "
                    "an EHC plan?",
                    required=False,
                    minimum=Decimal(0),
                    maximum=Decimal(3000),
                ),
            ),
        ),
        Section(
            title="Assessments and EHC plans",
            questions=(
                Question(
                    key="requested-assessment",
                    type="yes_no",
                    text="Has your setting asked for an EHC needs assessment in the last 12 "
                    "months?",
                ),
                Question(
                    key="request-process",
                    type="satisfaction",
                    text="How satisfied are you with the process of asking for an EHC needs "
                    "assessment?",
                    condition=Condition("requested-assessment", Operator.IS, "yes"),
                    areas=("coordination-of-assessments", "waiting-times"),
                ),
                Question(
                    key="plans-specific",
                    type="agreement",
                    text="The EHC plans we receive are specific about the support each pupil "
                    "needs.",
                    areas=("ehc-plan-quality",),
                ),
                Question(
                    key="health-care-advice",
                    type="agreement",
                    text="Health and social care advice is included in EHC plans in good time.",
                    areas=("inter-agency-working", "ehc-plan-quality"),
                ),
                Question(
                    key="review-attendance",
                    type="single_choice",
                    text="How often do health or social care professionals take part in annual "
                    "reviews?",
                    options=(
                        Option("always", "Always"),
                        Option("usually", "Usually"),
                        Option("sometimes", "Sometimes"),
                        Option("rarely", "Rarely"),
                        Option("never", "Never"),
                    ),
                    areas=("inter-agency-working", "coordination-of-assessments"),
                ),
            ),
        ),
        Section(
            title="Specialist support",
            questions=(
                Question(
                    key="services-used",
                    type="multiple_choice",
                    text="Which of these services has your setting used this school year?",
                    hint="Select all that apply.",
                    required=False,
                    options=(
                        Option("educational-psychology", "Educational psychology"),
                        Option("salt", "Speech and language therapy"),
                        Option("ot", "Occupational therapy"),
                        Option("camhs", "CAMHS or the mental health support team"),
                        Option("outreach", "Special school outreach"),
                        Option("autism-advisory", "Autism advisory team"),
                        Option("sendias", "SENDIAS"),
                    ),
                    allow_other=True,
                ),
                Question(
                    key="ep-wait-weeks",
                    type="number",
                    text="How many weeks do you usually wait for an educational psychologist to "
                    "see a pupil?",
                    required=False,
                    minimum=Decimal(0),
                    maximum=Decimal(104),
                    areas=("waiting-times",),
                ),
                Question(
                    key="specialist-support",
                    type="satisfaction",
                    text="How satisfied are you with the specialist support available to your "
                    "setting?",
                    areas=("joint-commissioning", "waiting-times"),
                ),
                Question(
                    key="avoid-exclusion",
                    type="agreement",
                    text="We have the support we need to avoid excluding pupils with SEND or "
                    "putting them on part-time timetables.",
                    areas=("attendance-and-exclusions",),
                ),
                Question(
                    key="transition-information",
                    type="agreement",
                    text="Information is shared well when pupils with SEND move between settings.",
                    areas=("inter-agency-working",),
                ),
                Question(
                    key="progress-confidence",
                    type="rating",
                    text="How confident are you that pupils with SEND in your setting make good "
                    "progress, from 0 (not at all confident) to 10 (very confident)?",
                    areas=("academic-progress",),
                ),
            ),
        ),
        Section(
            title="Families and the partnership",
            questions=(
                Question(
                    key="point-to-local-offer",
                    type="yes_no",
                    text="Do you point families to the local offer website?",
                    areas=("local-offer",),
                ),
                Question(
                    key="local-offer-current",
                    type="agreement",
                    text="The local offer has up-to-date information about services.",
                    condition=Condition("point-to-local-offer", Operator.IS, "yes"),
                    areas=("local-offer",),
                    pledges=("clear-and-accessible",),
                ),
                Question(
                    key="involved-early",
                    type="agreement",
                    text="Settings are involved early when the partnership plans SEND services.",
                    pledges=("involve-from-the-start",),
                    areas=("co-production", "strategy"),
                ),
                Question(
                    key="what-would-help",
                    type="long_text",
                    text="What would most help your setting support pupils with SEND?",
                    required=False,
                    pledges=("value-every-contribution",),
                ),
                Question(
                    key="anything-else",
                    type="long_text",
                    text="Is there anything else you want to tell us?",
                    required=False,
                ),
            ),
        ),
    ),
)

TENDENCIES = {
    "setting-type": Tendency(
        weights=(12, 46, 20, 8, 4, 7, 3),
        others=("All-through school", "Independent school", "Sixth form college", "Pre-school"),
    ),
    "role": Tendency(
        weights=(64, 12, 12, 6, 3, 3),
        others=("Deputy headteacher", "SEND administrator", "Nursery manager", "Trust SEND lead"),
    ),
    "pupils-with-send": Tendency(median=45, spread=0.8, blank=0.2),
    "requested-assessment": Tendency(yes=0.8),
    "request-process": Tendency(shift=-0.6),
    "plans-specific": Tendency(shift=-0.5),
    "health-care-advice": Tendency(shift=-0.9),
    "review-attendance": Tendency(ordinal=True, shift=-1.0),
    "services-used": Tendency(
        weights=(0.75, 0.6, 0.3, 0.45, 0.35, 0.4, 0.2, 0.05),
        blank=0.05,
        others=("Sensory support service", "Virtual school", "Early help", "Physiotherapy"),
    ),
    "ep-wait-weeks": Tendency(median=16, spread=0.5, mood_effect=-0.15, blank=0.3),
    "specialist-support": Tendency(shift=-0.4),
    "avoid-exclusion": Tendency(shift=-0.5),
    "transition-information": Tendency(shift=-0.2),
    "progress-confidence": Tendency(shift=0.4),
    "point-to-local-offer": Tendency(yes=0.7, mood_effect=0.3),
    "local-offer-current": Tendency(shift=-0.6),
    "involved-early": Tendency(shift=-0.5),
    "what-would-help": Tendency(blank=0.3),
    "anything-else": Tendency(blank=0.7),
}

COMMENTS = CommentBank(
    frustrations=(
        "It is very frustrating for staff and families.",
        "This is a poor experience for everyone involved.",
    ),
    ask_keys=frozenset({"what-would-help"}),
    fillers={
        "weeks": ("24", "28", "30", "35", "40", "over 30"),
        "terms": ("two terms", "three terms", "most of the year", "a full term"),
        "service": (
            "the autism advisory team",
            "special school outreach",
            "the educational psychology service",
            "the mental health support team",
            "the speech and language therapist",
        ),
    },
    openers=(
        "I have been a SENCO for many years.",
        "I write as SENCO of a small rural primary.",
    ),
    connectors=("However,", "But", "That said,"),
    thanks=(
        "Thank you for asking settings for their views.",
        "Colleagues across the network say the same.",
    ),
    keep_going=(
        "Keep funding {service}. It is the most useful support we have.",
        "More of the same. The SENCO network is invaluable.",
    ),
    topics=(
        Topic(
            complaints=(
                "EHC needs assessments routinely take {weeks} weeks, well past the 20-week limit.",
                "We submitted a request with a full graduated response and it was turned down "
                "with no explanation.",
                "The request paperwork is long and duplicates what we already send.",
            ),
            praise=(
                "The new request form is much clearer and decisions are quicker.",
                "Our SEND caseworker is responsive and keeps us informed.",
            ),
            details=(
                "Pupils wait {terms} without the support they need.",
                "We are funding support ourselves while we wait.",
            ),
            asks=(
                "Faster decisions on EHC needs assessments, with clear reasons when you say no.",
                "A named caseworker for each school who answers emails.",
            ),
            weight=2.0,
        ),
        Topic(
            complaints=(
                "Plans say 'access to' and 'regular' rather than how much support and who "
                "gives it.",
                "Outcomes in plans are vague and hard to measure.",
                "Amended plans after annual review take months to arrive.",
            ),
            praise=(
                "Plan quality has improved noticeably this year.",
                "Recent plans have been specific and easy to turn into provision maps.",
            ),
            asks=(
                "Specific, quantified provision in every plan.",
                "Amended plans issued within four weeks of the annual review.",
            ),
            weight=1.5,
        ),
        Topic(
            complaints=(
                "Health and social care rarely attend annual reviews or send reports.",
                "We chase health advice for every review and often go ahead without it.",
            ),
            praise=("The designated clinical officer has made it easier to get health advice.",),
            asks=("Health and social care advice for every annual review, on time.",),
        ),
        Topic(
            complaints=(
                "We wait {weeks} weeks for an educational psychologist.",
                "Our EP time has been cut to a few days a year, which covers statutory work only.",
                "Speech and language therapy advice arrives but there is no therapist to deliver "
                "it.",
            ),
            praise=(
                "{service} has been excellent and staff confidence has grown.",
                "The outreach from the special school has transformed our practice.",
            ),
            details=("We cannot buy in private support on our budget.",),
            asks=(
                "More educational psychology time for early advice, not just assessments.",
                "Training so staff can deliver therapy programmes themselves.",
            ),
            weight=2.0,
        ),
        Topic(
            complaints=(
                "Top-up funding does not cover the cost of the support in the plan.",
                "The funding bands have not changed in years while needs keep rising.",
            ),
            praise=("The new banding system is fairer and easier to understand.",),
            asks=("Top-up funding that reflects the real cost of provision.",),
            weight=1.5,
        ),
        Topic(
            complaints=(
                "Without more support we have no choice but to use part-time timetables for "
                "some pupils.",
                "There is nowhere for pupils at risk of exclusion to go. Alternative provision is "
                "full.",
            ),
            praise=("The inclusion outreach team helped us avoid two permanent exclusions.",),
            asks=(
                "Quicker access to alternative provision and outreach for pupils at risk of "
                "exclusion.",
            ),
        ),
        Topic(
            complaints=(
                "Information from primary schools arrives after pupils have started with us.",
                "Transition to post-16 is left too late and colleges get little information.",
            ),
            praise=("Transition meetings with our feeder schools work really well.",),
            asks=("A shared transition timeline that every setting follows.",),
        ),
        Topic(
            complaints=(
                "The local offer is out of date, so we have stopped sending families there.",
                "Families tell us they cannot find anything on the local offer.",
            ),
            praise=("The local offer is better than it was, especially the short breaks pages.",),
            asks=("A local offer that is kept up to date.",),
            when=("point-to-local-offer", "yes"),
        ),
        Topic(
            complaints=(
                "Schools are consulted after decisions are made.",
                "We give feedback in surveys like this but never hear what happened.",
            ),
            praise=(
                "The SENCO network is a genuine voice and the council does listen.",
                "It was good to be part of writing this survey.",
            ),
            asks=("Involve settings before changes are decided, not after.",),
        ),
    ),
    few_words={},
)

SURVEY = DemoSurvey(
    definition=DEFINITION,
    status=SurveyStatus.CLOSED,
    opens_on=date(2025, 3, 3),
    closes_on=date(2025, 7, 18),
    responses=300,
    groups=((SENCO_NETWORK, GroupRole.CO_AUTHOR), (PARENT_CARER_FORUM, GroupRole.REVIEWER)),
    channels={Channel.ONLINE: 96, Channel.EVENT: 4},
    mood=-0.1,
    tendencies=TENDENCIES,
    comments=COMMENTS,
    hours=WORKING_DAY,
    event_days=(date(2025, 3, 26), date(2025, 6, 18)),
)
