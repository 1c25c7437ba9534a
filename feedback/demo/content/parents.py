"""The demo's parent and carer survey, written with the Parent Carer Forum."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from feedback.demo.answering import Tendency
from feedback.demo.people import PARENT_CARER_FORUM, VCS_NETWORK
from feedback.demo.plan import EVENINGS, DemoSurvey
from feedback.demo.writing import CommentBank, Topic
from feedback.models import Channel, GroupRole, SurveyStatus
from surveys.model import Condition, Operator, Option, Question, Section, SurveyDefinition

YES = "yes"

DEFINITION = SurveyDefinition(
    slug="send-parent-carer-survey",
    title="SEND parent and carer survey",
    purpose=(
        "We want to know what it is like to get support for a child or young person with "
        "special educational needs and disabilities (SEND) in our area.\n"
        "The Parent Carer Forum wrote this survey with the council, the NHS and schools. "
        "It takes about 10 minutes. You do not have to give your name."
    ),
    what_happens_next=(
        "The Parent Carer Forum and the SEND partnership will read every answer.\n"
        "We will publish what you told us and what we are doing about it on the local offer, "
        "in our ‘You said, we did’ updates, and at Parent Carer Forum coffee mornings."
    ),
    audiences=("parents-and-carers",),
    sections=(
        Section(
            title="About your child",
            questions=(
                Question(
                    key="child-age",
                    type="single_choice",
                    text="How old is your child?",
                    hint="If you have more than one child with SEND, answer about the one you "
                    "most want to tell us about.",
                    options=(
                        Option("under-5", "Under 5"),
                        Option("5-to-10", "5 to 10"),
                        Option("11-to-15", "11 to 15"),
                        Option("16-to-25", "16 to 25"),
                    ),
                ),
                Question(
                    key="setting",
                    type="single_choice",
                    text="Where does your child go to nursery, school or college?",
                    options=(
                        Option("early-years", "Nursery or pre-school"),
                        Option("mainstream-primary", "Mainstream primary school"),
                        Option("mainstream-secondary", "Mainstream secondary school"),
                        Option("resource-base", "A resource base in a mainstream school"),
                        Option("special-school", "Special school"),
                        Option("college", "College or sixth form"),
                        Option("not-in-education", "Not in education at the moment"),
                    ),
                    allow_other=True,
                ),
                Question(
                    key="needs",
                    type="multiple_choice",
                    text="What are your child's main needs?",
                    hint="Select all that apply.",
                    options=(
                        Option("communication", "Speech, language and communication"),
                        Option("autism", "Autism"),
                        Option("adhd", "ADHD"),
                        Option("learning", "Learning difficulties"),
                        Option("semh", "Social, emotional and mental health"),
                        Option("physical", "Physical disability"),
                        Option("sensory", "Hearing or vision impairment"),
                    ),
                    allow_other=True,
                ),
                Question(
                    key="has-ehcp",
                    type="yes_no",
                    text="Does your child have an education, health and care (EHC) plan?",
                    hint="An EHC plan is a legal document that describes your child's needs "
                    "and the support they must get.",
                ),
            ),
        ),
        Section(
            title="EHC plans",
            questions=(
                Question(
                    key="ehcp-weeks",
                    type="number",
                    text="How many weeks did it take from asking for an assessment to getting "
                    "the final plan?",
                    hint="Leave this blank if you do not know. The legal time limit is 20 weeks.",
                    required=False,
                    minimum=Decimal(0),
                    maximum=Decimal(260),
                    condition=Condition("has-ehcp", Operator.IS, YES),
                    areas=("waiting-times", "ehc-plan-quality"),
                ),
                Question(
                    key="ehcp-satisfaction",
                    type="satisfaction",
                    text="How satisfied are you with your child's EHC plan?",
                    condition=Condition("has-ehcp", Operator.IS, YES),
                    areas=("ehc-plan-quality", "parental-satisfaction"),
                ),
                Question(
                    key="ehcp-accurate",
                    type="agreement",
                    text="The plan describes my child's needs accurately and says clearly what "
                    "support they will get.",
                    condition=Condition("has-ehcp", Operator.IS, YES),
                    areas=("ehc-plan-quality",),
                ),
                Question(
                    key="annual-review",
                    type="yes_no",
                    text="Has your child had an annual review of their plan in the last 12 months?",
                    condition=Condition("has-ehcp", Operator.IS, YES),
                    areas=("ehc-plan-quality", "coordination-of-assessments"),
                ),
                Question(
                    key="asked-for-assessment",
                    type="yes_no",
                    text="Have you asked for an EHC needs assessment in the last year?",
                    condition=Condition("has-ehcp", Operator.IS_NOT, YES),
                    areas=("coordination-of-assessments",),
                ),
            ),
        ),
        Section(
            title="Support and services",
            questions=(
                Question(
                    key="services",
                    type="multiple_choice",
                    text="Which of these services has your child used, or waited for, in the "
                    "last year?",
                    hint="Select all that apply. Leave this blank if none.",
                    required=False,
                    options=(
                        Option("salt", "Speech and language therapy"),
                        Option("ot", "Occupational therapy"),
                        Option("camhs", "Child and adolescent mental health services (CAMHS)"),
                        Option("neurodevelopmental", "Autism or ADHD assessment"),
                        Option("paediatrics", "Community paediatrics"),
                        Option("educational-psychology", "Educational psychology"),
                        Option("short-breaks", "Short breaks"),
                        Option("sendias", "SENDIAS, the SEND information and advice service"),
                    ),
                    allow_other=True,
                ),
                Question(
                    key="waiting",
                    type="satisfaction",
                    text="How satisfied are you with how long your child waited for "
                    "assessments or therapy?",
                    areas=("waiting-times", "coordination-of-assessments"),
                ),
                Question(
                    key="joined-up",
                    type="agreement",
                    text="Education, health and care services work well together for my child.",
                    areas=("inter-agency-working", "coordination-of-assessments"),
                ),
                Question(
                    key="tell-once",
                    type="agreement",
                    text="I only have to tell my child's story once.",
                    areas=("coordination-of-assessments", "inter-agency-working"),
                ),
                Question(
                    key="named-contact",
                    type="yes_no",
                    text="Do you have a named person you can contact about your child's support?",
                    areas=("parental-engagement",),
                    pledges=("clear-and-accessible",),
                ),
                Question(
                    key="school-support",
                    type="satisfaction",
                    text="How satisfied are you with the support your child gets at nursery, "
                    "school or college?",
                    areas=("academic-progress", "parental-satisfaction"),
                ),
                Question(
                    key="part-time-or-excluded",
                    type="yes_no",
                    text="In the last year, has your child been on a part-time timetable or "
                    "excluded, even for a day?",
                    hint="Include being sent home early or being asked to keep your child at home.",
                    areas=("attendance-and-exclusions",),
                ),
            ),
        ),
        Section(
            title="Information and the local offer",
            questions=(
                Question(
                    key="local-offer-used",
                    type="yes_no",
                    text="Have you used the local offer website in the last year?",
                    hint="The local offer lists the support and services for children and young "
                    "people with SEND in our area.",
                    areas=("local-offer",),
                ),
                Question(
                    key="local-offer-found",
                    type="agreement",
                    text="I could find the information I needed on the local offer.",
                    condition=Condition("local-offer-used", Operator.IS, YES),
                    areas=("local-offer",),
                    pledges=("clear-and-accessible",),
                ),
                Question(
                    key="local-offer-useful",
                    type="rating",
                    text="How useful was the local offer, from 0 (not at all useful) to 10 "
                    "(very useful)?",
                    condition=Condition("local-offer-used", Operator.IS, YES),
                    areas=("local-offer",),
                ),
                Question(
                    key="information-source",
                    type="single_choice",
                    text="Where do you get most of your information about SEND support?",
                    options=(
                        Option("school", "My child's nursery, school or college"),
                        Option("forum", "The Parent Carer Forum"),
                        Option("sendias", "SENDIAS"),
                        Option("local-offer", "The local offer website"),
                        Option("social-media", "Social media and online groups"),
                        Option("health", "Health professionals"),
                    ),
                    allow_other=True,
                    areas=("parental-engagement",),
                ),
            ),
        ),
        Section(
            title="Being listened to",
            questions=(
                Question(
                    key="listened-to",
                    type="agreement",
                    text="I feel listened to by the professionals who support my child.",
                    pledges=("listen-and-act",),
                    areas=("parental-engagement", "co-production"),
                ),
                Question(
                    key="involved-in-decisions",
                    type="agreement",
                    text="I am involved in decisions about my child's support from the start.",
                    pledges=("involve-from-the-start",),
                    areas=("co-production", "parental-engagement"),
                ),
                Question(
                    key="told-what-happened",
                    type="yes_no",
                    text="When you have given feedback before, were you told what happened "
                    "as a result?",
                    pledges=("tell-what-happened",),
                    areas=("co-production",),
                ),
                Question(
                    key="overall",
                    type="satisfaction",
                    text="Overall, how satisfied are you with the SEND support your child gets "
                    "in our area?",
                    areas=("parental-satisfaction", "strategy"),
                ),
                Question(
                    key="recommend",
                    type="rating",
                    text="How likely are you to recommend SEND services in our area to another "
                    "family, from 0 (not at all likely) to 10 (extremely likely)?",
                    areas=("parental-satisfaction",),
                ),
                Question(
                    key="few-words",
                    type="short_text",
                    text="Describe your experience of SEND support in a few words.",
                    required=False,
                ),
                Question(
                    key="one-change",
                    type="long_text",
                    text="What one thing would make the biggest difference to your family?",
                    required=False,
                    pledges=("value-every-contribution",),
                ),
                Question(
                    key="anything-else",
                    type="long_text",
                    text="Is there anything else you want to tell us?",
                    hint="Please do not include names or other details that could identify "
                    "you or your child.",
                    required=False,
                ),
            ),
        ),
    ),
)

TENDENCIES = {
    "child-age": Tendency(weights=(8, 38, 36, 18)),
    "setting": Tendency(
        weights=(7, 30, 24, 6, 17, 9, 5, 2),
        others=(
            "Home educated",
            "Independent special school",
            "Hospital education service",
            "Out of county residential school",
            "Pupil referral unit",
            "Electively home educated after a breakdown in placement",
        ),
    ),
    "needs": Tendency(
        weights=(0.45, 0.55, 0.3, 0.3, 0.35, 0.1, 0.07, 0.08),
        others=(
            "Epilepsy",
            "Dyslexia",
            "Global developmental delay",
            "Tourette's",
            "Pathological demand avoidance (PDA)",
            "Sensory processing difficulties",
            "Down's syndrome",
            "Cerebral palsy",
        ),
    ),
    "has-ehcp": Tendency(yes=0.55),
    "ehcp-weeks": Tendency(median=30, spread=0.35, mood_effect=-0.12, blank=0.35),
    "ehcp-satisfaction": Tendency(shift=-0.1),
    "ehcp-accurate": Tendency(shift=-0.2),
    "annual-review": Tendency(yes=0.72, mood_effect=0.5),
    "asked-for-assessment": Tendency(yes=0.4, mood_effect=-0.3),
    "services": Tendency(
        weights=(0.5, 0.25, 0.3, 0.35, 0.3, 0.2, 0.18, 0.15, 0.04),
        blank=0.08,
        others=(
            "Physiotherapy",
            "Sleep clinic",
            "Early help",
            "Portage",
            "Sensory impairment team",
            "Children's disability social work team",
        ),
    ),
    "waiting": Tendency(shift=-1.1),
    "joined-up": Tendency(shift=-0.6),
    "tell-once": Tendency(shift=-0.9),
    "named-contact": Tendency(yes=0.42, mood_effect=0.8),
    "school-support": Tendency(shift=0.4),
    "part-time-or-excluded": Tendency(yes=0.17, mood_effect=-0.5),
    "local-offer-used": Tendency(yes=0.45, mood_effect=0.2),
    "local-offer-found": Tendency(shift=-0.5),
    "local-offer-useful": Tendency(shift=-0.3),
    "information-source": Tendency(
        weights=(28, 20, 8, 9, 22, 9, 4),
        others=("Other parents at the school gate", "My child's social worker", "A charity"),
    ),
    "listened-to": Tendency(shift=0.1),
    "involved-in-decisions": Tendency(shift=-0.1),
    "told-what-happened": Tendency(yes=0.25, mood_effect=0.6),
    "overall": Tendency(),
    "recommend": Tendency(shift=-0.2),
    "few-words": Tendency(blank=0.45),
    "one-change": Tendency(blank=0.3),
    "anything-else": Tendency(blank=0.55),
}

COMMENTS = CommentBank(
    frustrations=(
        "It is so frustrating.",
        "The whole process has been awful.",
        "It has been a terrible experience for our family.",
        "Really disappointing.",
        "It shouldn't be this hard.",
        "I am angry and exhausted.",
    ),
    has_child=True,
    ask_keys=frozenset({"one-change"}),
    fillers={
        "months": ("6", "8", "nine", "10", "11", "14", "15", "18", "20", "24"),
        "weeks": ("26", "30", "34", "38", "41", "45", "52", "over 40"),
        "year_group": ("Year 2", "Year 4", "Year 5", "Year 6", "Year 7", "Year 9", "Year 11"),
        "helper": (
            "the SENCO",
            "our SEND caseworker",
            "the speech and language therapist",
            "the SENDIAS adviser",
            "the head of year",
            "the family support worker",
            "the educational psychologist",
            "the inclusion lead",
            "the nurse at the child development centre",
            "the portage worker",
            "the autism outreach team",
            "the short breaks team",
            "the class teacher",
            "the teaching assistant",
        ),
        "service": (
            "speech and language therapy",
            "CAMHS",
            "an autism assessment",
            "an ADHD assessment",
            "occupational therapy",
            "the community paediatrician",
        ),
        "feeling": ("exhausted", "alone", "fobbed off", "like a nuisance", "ignored", "worn down"),
        "setting": ("school", "nursery", "college"),
    },
    openers=(
        "Where do I start.",
        "I'll keep this short.",
        "I have filled in surveys like this before.",
        "Honestly?",
        "I don't normally fill these in.",
        "This has been the hardest few years of our lives.",
    ),
    connectors=("But", "However,", "On the other hand,", "That said,", "Sadly"),
    thanks=(
        "Thank you to everyone who has helped us.",
        "Please pass on our thanks.",
        "I wish every family had the same experience.",
        "It has made a real difference to our family.",
        "We feel very lucky.",
    ),
    keep_going=(
        "Keep doing what you are doing. Having {helper} on our side has made all the difference.",
        "More of the same please, and make sure other families get what we got.",
        "Honestly, just keep the staff you have. {Child} is thriving.",
        "Keep the Parent Carer Forum coffee mornings going. They are a lifeline.",
    ),
    few_words={
        "positive": (
            "Supportive and caring",
            "Much better than last year",
            "Really positive",
            "Good once you get in",
            "Brilliant school, helpful staff",
            "Improving, slowly",
            "We feel listened to",
            "Life changing",
        ),
        "mixed": (
            "Mixed",
            "Good school, slow council",
            "Depends who you get",
            "Some good, some bad",
            "Slow but getting there",
            "OK in the end",
            "Hit and miss",
            "Good people, broken system",
        ),
        "negative": (
            "A constant fight",
            "Exhausting and confusing",
            "Long waits, no updates",
            "Nobody listens",
            "Stressful",
            "Battle after battle",
            "Left to cope alone",
            "Too slow",
            "Chasing everyone, all the time",
            "Disappointing",
        ),
    },
    # Deliberately planted personal details (fictional names, Ofcom drama-range phone numbers
    # and example.com addresses), so that redaction features have something realistic to find.
    planted=(
        "You can ring me on 07700 900461 if you want to hear more.",
        "My son Callum Reeves has been without a school place since September.",
        "Mrs Okafor, the SENCO, has been amazing with us.",
        "Please email me at jo.hartley@example.com, I would be happy to help.",
        "Contact me on 07700 900872, my name is Dawn.",
        "Ask for Sharon Bell at the Tuesday coffee morning, she knows our story.",
        "Our daughter Amelia-Rose Turner is in Year 8 at the academy.",
    ),
    topics=(
        Topic(
            complaints=(
                "Nobody ever rings back. I must have left a dozen messages for our caseworker.",
                "We have had four different caseworkers in two years and each time we have to "
                "start again.",
                "I never know who to contact. Every number on the letters goes to a voicemail.",
                "Communication from the SEND team is awful. Emails go unanswered for weeks.",
                "I found out about a change to {their} support from {child} before anyone told me.",
            ),
            praise=(
                "Our caseworker always replies within a couple of days, which makes such a "
                "difference.",
                "Having a named person to contact has made things so much easier for us.",
                "{helper} keeps us updated every week without us having to chase.",
            ),
            details=(
                "I feel {feeling}.",
                "I work full time and cannot spend every lunch break chasing people.",
                "It should not take a complaint to get a reply.",
            ),
            asks=(
                "A named person who answers the phone and gets back to you.",
                "Just tell us who is dealing with our case and how to reach them.",
                "A simple update every few weeks, even if there is no news.",
                "One named contact for the whole family, not a different person for every service.",
            ),
            weight=2.5,
        ),
        Topic(
            complaints=(
                "We have been waiting {months} months for speech and language therapy.",
                "{Child} was discharged from speech and language therapy after six sessions "
                "with no plan for school.",
                "Speech and language therapy in the plan is not being delivered. School says "
                "there is no therapist.",
            ),
            praise=(
                "The speech and language therapist has been fantastic and school follow her "
                "programme every day.",
                "{Child}'s speech has come on so much since therapy started.",
            ),
            details=(
                "In the meantime {theyre} falling further behind.",
                "Nobody can tell us where we are on the list.",
                "We ended up paying privately, which not every family can do.",
            ),
            asks=(
                "Shorter waits for speech and language therapy, or help while we wait.",
                "Therapy that is actually delivered in school, as the plan says.",
            ),
            when=("services", "salt"),
        ),
        Topic(
            complaints=(
                "We were told the CAMHS waiting list is {months} months. {Child} is self-harming "
                "now.",
                "CAMHS turned down the referral twice and said it was behavioural.",
                "{Child} has been waiting for CAMHS for {months} months and is not in school "
                "most days.",
                "Getting mental health support is impossible unless it is a crisis.",
            ),
            praise=(
                "Once we got seen by CAMHS the support was very good.",
                "The mental health support team in school have been brilliant with {child}.",
            ),
            details=(
                "We have been to A&E twice while waiting.",
                "The school is doing its best but they are not mental health experts.",
                "I am scared of what will happen before anyone sees {them}.",
            ),
            asks=(
                "Mental health support before things reach crisis point.",
                "Someone to check in with us while we wait for CAMHS.",
            ),
            when=("services", "camhs"),
        ),
        Topic(
            complaints=(
                "We have been on the waiting list for an autism assessment for {months} months.",
                "The ADHD assessment waiting list is over two years. {Child} will have left "
                "primary by then.",
                "School won't put support in place without a diagnosis, and the wait for "
                "{service} is endless.",
            ),
            praise=(
                "The autism assessment was thorough and the team explained everything clearly.",
                "The neurodevelopmental team were kind and the report was really useful.",
            ),
            details=(
                "We have no idea where we are on the list.",
                "Support should be based on need, not on a diagnosis.",
                "Nobody has offered us anything while we wait.",
            ),
            asks=(
                "Help while we wait for an assessment, like parent workshops or advice for school.",
                "Faster autism and ADHD assessments.",
            ),
            when=("services", "neurodevelopmental"),
            weight=1.5,
        ),
        Topic(
            complaints=(
                "The EHC needs assessment took {weeks} weeks. The law says 20.",
                "We were refused an assessment the first time and had to go to mediation.",
                "The draft plan arrived months late and nobody explained why.",
                "It took {weeks} weeks to get the final plan, and by then {child} had missed most "
                "of {year_group}.",
            ),
            praise=(
                "The EHC plan was finished on time and {helper} kept us informed throughout.",
                "Our caseworker explained every step of the EHC needs assessment.",
            ),
            details=(
                "We had to get SENDIAS involved before anything moved.",
                "I had to chase every single week.",
                "It felt like the delay was deliberate.",
            ),
            asks=(
                "EHC plans finished within 20 weeks, as the law says.",
                "Tell us honestly how long the assessment will take and keep us updated.",
            ),
            when=("asked-for-assessment", "yes"),
            weight=2.0,
        ),
        Topic(
            complaints=(
                "The annual review was months ago and we still have not had the amended plan.",
                "Nobody from health or social care came to the annual review.",
                "The annual review was cancelled twice at the last minute.",
            ),
            praise=(
                "The annual review was really well run and {child} was part of it.",
                "School organise the annual reviews brilliantly and everyone comes.",
            ),
            details=(
                "The plan still describes {them} as they were three years ago.",
                "Nothing changes after the review, so what is the point?",
            ),
            asks=(
                "Annual reviews that happen on time, with the amended plan sent quickly.",
                "Health and social care at the annual review, or at least sending a report.",
            ),
            when=("has-ehcp", "yes"),
            weight=1.5,
        ),
        Topic(
            complaints=(
                "The plan is so vague it is useless. It says 'access to' support, not how much.",
                "Half of {child}'s plan is copied and pasted from someone else's. It even had "
                "the wrong name in places.",
                "The provision in the plan is not being delivered, and nobody checks.",
            ),
            praise=(
                "{Child}'s plan is clear and specific, and school know exactly what to do.",
                "The plan really reflects who {child} is. {They} helped write the one-page "
                "profile.",
            ),
            details=(
                "I've had to get independent advice to understand it.",
                "School say they can't meet the needs in the plan without more funding.",
            ),
            asks=(
                "Plans that say exactly what support {child} will get and who will provide it.",
                "Someone checking that what is in the plan actually happens.",
            ),
            when=("has-ehcp", "yes"),
        ),
        Topic(
            complaints=(
                "The move from primary to secondary was a disaster. No one shared {their} plan "
                "with the new school.",
                "We still don't know which college {child} can go to in September, and it is "
                "already May.",
                "Post-16 options for young people like {child} are almost non-existent.",
                "Transition planning started far too late for {year_group}.",
            ),
            praise=(
                "The transition to secondary was handled really well. {They} had extra visits "
                "and a photo book of the new school.",
                "The college has been brilliant at planning the move from school.",
            ),
            details=(
                "{Child} was so anxious {they} stopped eating.",
                "We had to visit every college ourselves to find out what they offer.",
            ),
            asks=(
                "Start planning transitions at least a year ahead.",
                "Clear information about post-16 options, including for young people with "
                "complex needs.",
            ),
        ),
        Topic(
            complaints=(
                "The local offer website is impossible to navigate.",
                "Half the services on the local offer are out of date or no longer exist.",
                "I only found out about the local offer from another parent, three years in.",
                "I rang two numbers from the local offer and both were disconnected.",
            ),
            praise=(
                "The local offer has improved a lot. I found the short breaks information easily.",
                "The new local offer pages about EHC plans are clear and helpful.",
            ),
            details=(
                "It is full of jargon.",
                "It doesn't work well on my phone.",
            ),
            asks=(
                "A local offer that is kept up to date and written in plain English.",
                "A printed guide to services for families who are not online.",
            ),
            when=("local-offer-used", "yes"),
        ),
        Topic(
            complaints=(
                "I feel like nobody listens to parents. We know our children best.",
                "Every meeting feels like decisions have already been made.",
                "When I raise concerns I'm treated as a difficult parent.",
                "We gave feedback last year and never heard anything back.",
            ),
            praise=(
                "For the first time I feel listened to. {helper} really took on board what we "
                "said.",
                "The Parent Carer Forum has given me a voice and I have seen things change.",
                "{helper} listens and actually does what they say they will.",
            ),
            details=(
                "I feel {feeling}.",
                "Parents shouldn't have to shout to be heard.",
            ),
            asks=(
                "Listen to parents and tell us what you did with what we said.",
                "Involve parents before decisions are made, not after.",
            ),
            weight=2.0,
        ),
        Topic(
            complaints=(
                "There are no special school places locally. {Child} was offered a place an hour "
                "away.",
                "The taxi to school changes driver every few weeks and {child} can't cope with it.",
                "School transport was only confirmed the day before term started.",
                "{Child} has been out of school for {months} months waiting for a suitable place.",
            ),
            praise=(
                "The transport team sorted a regular driver and escort, which made all the "
                "difference.",
                "We got the school place we asked for and {child} loves it.",
            ),
            details=(
                "I've had to give up work to look after {them}.",
                "The travel time leaves {them} exhausted before the day has started.",
            ),
            asks=(
                "More special school places closer to home.",
                "Confirm transport well before the start of term, with a regular driver.",
            ),
        ),
        Topic(
            complaints=(
                "{Child} has been on a part-time timetable for {months} months with no plan to "
                "increase it.",
                "School keep ringing me to collect {child} early. It is an exclusion in all but "
                "name.",
                "{Child} was excluded for behaviour that is part of {their} autism.",
                "{Child} only goes in for two hours a day and nobody seems worried.",
            ),
            praise=(
                "School worked really hard to avoid excluding {child} and it has paid off.",
                "The outreach team helped school understand {child} and {theyre} back full time.",
            ),
            details=(
                "I've lost my job because I have to be on call every day.",
                "{Theyre} missing so much learning.",
            ),
            asks=(
                "An end to part-time timetables that go on for months.",
                "Support for schools so they stop excluding children with SEND.",
            ),
            when=("part-time-or-excluded", "yes"),
            weight=1.5,
        ),
        Topic(
            complaints=(
                "We have been waiting for a short breaks assessment for {months} months.",
                "There are no holiday clubs that can meet {child}'s needs.",
                "The short breaks we were offered were cancelled because of staff shortages.",
            ),
            praise=(
                "Short breaks have been a lifeline for our whole family.",
                "The Saturday club is brilliant and {child} can't wait to go.",
            ),
            details=(
                "We haven't had a break in years.",
                "Siblings miss out too.",
            ),
            asks=(
                "More short breaks, especially in the school holidays.",
                "Activities where {child} is welcome and staff are trained.",
            ),
            when=("services", "short-breaks"),
        ),
        Topic(
            complaints=(
                "SENDIAS were helpful but so stretched that it took weeks to get an appointment.",
                "I didn't know SENDIAS existed until the tribunal stage.",
            ),
            praise=(
                "SENDIAS were fantastic. The adviser explained our rights and came to meetings "
                "with me.",
                "Without SENDIAS I would have given up.",
                "The SENDIAS adviser helped me write the parental views and it made all the "
                "difference.",
            ),
            asks=("Tell every family about SENDIAS at the start, not when things go wrong.",),
            when=("services", "sendias"),
        ),
        Topic(
            complaints=(
                "{setting} don't seem to understand {child}'s needs at all.",
                "Support depends entirely on which teacher {child} has that year.",
                "The teaching assistant in the plan is shared between five children.",
            ),
            praise=(
                "{helper} has been amazing with {child}.",
                "{Child}'s {setting} is brilliant. The staff really understand {them}.",
                "{helper} goes above and beyond for {child} every single day.",
                "{Child} is making real progress this year thanks to {helper}.",
                "The support at {setting} is excellent and {child} is finally happy.",
            ),
            details=(
                "Staff training on autism would make a huge difference.",
                "{Child} masks at school and falls apart at home, and school don't believe us.",
            ),
            asks=(
                "Training for all school staff on autism and ADHD.",
                "Make sure the support in the plan follows {child} from class to class.",
            ),
            weight=2.5,
        ),
    ),
)

SURVEY = DemoSurvey(
    definition=DEFINITION,
    status=SurveyStatus.CLOSED,
    opens_on=date(2024, 12, 2),
    closes_on=date(2026, 9, 30),
    responses=1_100,
    groups=((PARENT_CARER_FORUM, GroupRole.CO_AUTHOR), (VCS_NETWORK, GroupRole.REVIEWER)),
    channels={Channel.ONLINE: 84, Channel.PAPER: 9, Channel.EVENT: 7},
    mood=-0.25,
    tendencies=TENDENCIES,
    comments=COMMENTS,
    hours=EVENINGS,
    event_days=(
        date(2025, 1, 21),
        date(2025, 3, 18),
        date(2025, 6, 10),
        date(2025, 10, 14),
        date(2026, 1, 20),
        date(2026, 3, 17),
        date(2026, 6, 9),
    ),
)
