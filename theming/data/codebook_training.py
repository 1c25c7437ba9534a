"""Training comments for the learner: what families, young people, staff and inspectors say.

Written for this project (never copied from real people), each with its theme slugs and its
one area. They are the `dev` split of `bench/data/labelled_comments.jsonl`, which
`bench/theming_evaluate.py` checks: the `test` split there is never trained on, so its
figures stay honest. Keep the two in step: the evaluation says so when they differ.
"""

from __future__ import annotations

TRAINING_COMMENTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "Pupils with SEND make weaker progress than their peers at key stage 2.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "The attainment gap between pupils receiving SEN support and other pupils is wide.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Teachers in mainstream schools do not adapt the curriculum well enough for pupils with"
        " SEND.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "Outcomes for young people with SEND at the end of key stage 4 are below national "
        "averages.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Inclusion in mainstream schools is a strength of the area.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "Expectations of what pupils with SEND can achieve are too low in some schools.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "He's in year 5 and reading at a reception level, and the school says he's 'doing fine'.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Her TA is amazing and has made all the difference this year.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "He's bright but he's going to leave with no GCSEs because they can't get him into the "
        "classroom.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "They keep treating his autism as bad behaviour instead of making adjustments.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "There's no real ambition for him academically, they just want him to be calm.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "I get help in lessons and now I understand more.",
        ("support-in-school",),
        "academic-progress",
    ),
    ("I passed my English exam!", ("progress-and-attainment",), "academic-progress"),
    (
        "We need more specialist advice to help pupils with complex needs make progress in "
        "reading.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Our SEN support pupils are making good progress thanks to the new interventions.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Pupils with SEND achieve well in the area's special schools.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Reasonable adjustments are not consistently made for pupils with SEND in secondary "
        "schools.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "Leaders do not track the outcomes of children with SEND across the area.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "SENCOs value the training and networks provided by the local authority.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "Pupils with SEND do not make enough progress in reading, writing and mathematics.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Young people with SEND achieve well at the end of key stage 4 compared with similar "
        "pupils nationally.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Teachers do not receive enough support to adapt their teaching for pupils with SEND.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "The gap between the attainment of pupils with SEND and their peers has widened.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Mainstream schools are increasingly inclusive, and SENCOs feel well supported.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "Children with SEND in the early years achieve a good level of development less often "
        "than others.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "He is so far behind now that I worry he'll never catch up.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "The new SENCO put things in place within weeks and it has transformed his days.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "We don't have the specialist staff to support pupils with complex needs in a "
        "mainstream classroom.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "My grades have gone up since I got extra help.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Pupils with SEND make strong progress in the area's resourced provisions.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "The academic outcomes of children with SEND are weak across all key stages.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Not all teachers are skilled in meeting the needs of pupils with SEND in their classes.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "Leaders do not know how well pupils receiving SEN support are achieving.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Outcomes for children with SEND in the early years foundation stage are improving.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "The quality of support in mainstream schools varies considerably.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "Few pupils with SEND achieve a strong pass in English and mathematics.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Specialist outreach teams help mainstream schools to include pupils with complex needs.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "She's learning so much more now the work is pitched at her level.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "We can't meet his needs with one adult between thirty children.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "The area has made sufficient progress in improving outcomes for pupils at SEN support.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Children and young people with SEND are not achieving as well as they should.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "The graduated approach is not well understood or applied consistently in mainstream "
        "schools.",
        ("support-in-school",),
        "academic-progress",
    ),
    (
        "The progress of pupils with EHC plans is in line with that of similar pupils nationally.",
        ("progress-and-attainment",),
        "academic-progress",
    ),
    (
        "Pupils with SEND are disproportionately represented in fixed-term exclusion figures.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "The use of part-time timetables is not monitored closely enough.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "Leaders do not know how many children with SEND are missing education.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "Permanent exclusions of pupils receiving SEN support have risen.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "The number of children with SEND who are electively home educated has increased sharply.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "Attendance of children with SEND has improved as a result of targeted work.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "She's been out of school since March because of anxiety and nobody from education has "
        "been in touch.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "School calls me to pick him up most lunchtimes – I've had to give up my job.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "We were threatened with a fine because she can't get through the door.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "They told us to withdraw him before he got excluded permanently.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "He's been sent home three times this week for meltdowns.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "I couldn't go to school because it was too loud and I was scared.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "I only go to school in the mornings.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "We have several children who haven't attended for months and there's no specialist "
        "place for them.",
        ("attendance", "school-places-and-transport"),
        "attendance-and-exclusions",
    ),
    (
        "Emotionally based school avoidance is the biggest issue we face this year.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "The local authority does not have an accurate picture of the use of reduced timetables.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "Fewer pupils with SEND are now excluded from school than in previous years.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "Too many children with EHC plans are educated in alternative provision for long periods.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "Pupils with SEND are more likely to be absent than their peers.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "Leaders have a weak understanding of the reasons why children with SEND are absent "
        "from school.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "Pupils with an EHC plan are more likely to be suspended than other pupils.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "Some children are kept on part-time timetables for too long.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "The number of children with SEND who are missing education has reduced.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "Leaders have reduced the number of permanent exclusions of pupils with SEND.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "Absence rates for pupils with SEND are higher than for pupils nationally.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "She hasn't managed a full week in school since September.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "He was excluded for five days for a meltdown in a corridor that was far too crowded.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "A growing number of our pupils with anxiety are unable to attend school at all.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "They keep sending me home early.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    ("Absence of pupils with EHC plans is high.", ("attendance",), "attendance-and-exclusions"),
    (
        "The number of suspensions of pupils with SEND has increased.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "Leaders are taking effective action to improve the attendance of children with SEND.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "There is unlawful use of informal exclusion.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "Too many children with SEND are out of school for long periods without suitable "
        "education.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "Pupils with SEND are over-represented in the permanent exclusion figures.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "Leaders do not routinely monitor the attendance of children with EHC plans.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "Part-time timetables are used appropriately and reviewed regularly.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "My son has been at home for eight months with no school and no tutor.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "We've had to suspend pupils whose needs we simply can't meet.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "The area has not made sufficient progress in improving the attendance of pupils with "
        "SEND.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "Fixed-term exclusions of pupils with SEND remain high.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "Children with SEND who are not in school are not tracked well enough.",
        ("attendance",),
        "attendance-and-exclusions",
    ),
    (
        "Leaders have reduced the use of part-time timetables for pupils with SEND.",
        ("exclusions-and-part-time-timetables",),
        "attendance-and-exclusions",
    ),
    (
        "Co-production with parents and carers is not yet a consistent feature of strategic "
        "planning.",
        ("co-production",),
        "co-production",
    ),
    (
        "Leaders have developed a strong partnership with the parent carer forum, which "
        "contributes to strategic decisions.",
        ("co-production",),
        "co-production",
    ),
    (
        "Leaders have not worked with families as equal partners when redesigning services.",
        ("co-production",),
        "co-production",
    ),
    (
        "Young people told inspectors that their views are rarely asked for.",
        ("young-peoples-voice",),
        "co-production",
    ),
    (
        "There is a culture of working together with parents at a strategic level.",
        ("co-production",),
        "co-production",
    ),
    (
        "Consultation with families has been too late in the process to influence decisions.",
        ("co-production",),
        "co-production",
    ),
    (
        "Parents are invited to give feedback once everything has already been decided. It's "
        "box ticking.",
        ("co-production",),
        "co-production",
    ),
    (
        "The forum does great work but the council only listens to them when it suits.",
        ("co-production", "being-listened-to"),
        "co-production",
    ),
    (
        "Please involve parents at the start, not when the leaflet is already printed.",
        ("co-production",),
        "co-production",
    ),
    (
        "They 'co-produced' the strategy with three hand-picked parents. That isn't co-production.",
        ("co-production",),
        "co-production",
    ),
    ("Adults make all the decisions and don't ask us.", ("young-peoples-voice",), "co-production"),
    (
        "At youth forum we told the council what we wanted changed and some of it actually "
        "happened.",
        ("young-peoples-voice",),
        "co-production",
    ),
    (
        "They never ask what I think at my meetings, they just talk about me.",
        ("young-peoples-voice",),
        "co-production",
    ),
    (
        "We'd welcome a proper say for schools in designing the new banding system.",
        ("co-production",),
        "co-production",
    ),
    (
        "The co-production charter is a good start but it needs to change how meetings actually"
        " run.",
        ("co-production",),
        "co-production",
    ),
    (
        "The parent carer forum is well established and has a constructive relationship with "
        "leaders.",
        ("co-production",),
        "co-production",
    ),
    (
        "Young people's views are gathered through surveys, but leaders do not show how they "
        "have acted on them.",
        ("young-peoples-voice",),
        "co-production",
    ),
    (
        "Parents and carers have been involved in designing the new EHC plan template.",
        ("co-production",),
        "co-production",
    ),
    (
        "Children and young people contributed to the design of the new short breaks offer.",
        ("young-peoples-voice",),
        "co-production",
    ),
    (
        "The parent carer forum is not involved early enough in the development of new services.",
        ("co-production",),
        "co-production",
    ),
    (
        "Leaders have worked with families to co-produce the new SEND strategy.",
        ("co-production",),
        "co-production",
    ),
    (
        "Young people's views have directly shaped improvements to the preparing for adulthood "
        "offer.",
        ("young-peoples-voice",),
        "co-production",
    ),
    (
        "There is a strong commitment to co-production across the partnership.",
        ("co-production",),
        "co-production",
    ),
    (
        "Co-production is too often limited to consultation on decisions that have already been"
        " made.",
        ("co-production",),
        "co-production",
    ),
    (
        "Leaders do not routinely seek the views of children and young people when reviewing "
        "services.",
        ("young-peoples-voice",),
        "co-production",
    ),
    (
        "We are only ever asked for our views at the end, when there is nothing left to change.",
        ("co-production",),
        "co-production",
    ),
    (
        "I liked being on the panel that picked the new youth worker.",
        ("young-peoples-voice",),
        "co-production",
    ),
    (
        "Schools should be involved in designing the new SEND offer alongside families.",
        ("co-production",),
        "co-production",
    ),
    (
        "Parents who are members of the forum feel that their contributions are valued.",
        ("co-production",),
        "co-production",
    ),
    (
        "The parent carer forum does not feel that it is treated as an equal partner.",
        ("co-production",),
        "co-production",
    ),
    (
        "Co-production has improved the quality of the new local offer and the short breaks "
        "statement.",
        ("co-production",),
        "co-production",
    ),
    (
        "There are limited opportunities for children and young people to influence strategic "
        "decisions.",
        ("young-peoples-voice",),
        "co-production",
    ),
    (
        "Parents and carers are not involved in the governance of the SEND partnership.",
        ("co-production",),
        "co-production",
    ),
    (
        "Leaders have made co-production a priority and it is becoming part of everyday practice.",
        ("co-production",),
        "co-production",
    ),
    (
        "A group of young people with SEND meets regularly with leaders to review services.",
        ("young-peoples-voice",),
        "co-production",
    ),
    (
        "The views of parents have not informed the design of services.",
        ("co-production",),
        "co-production",
    ),
    (
        "The parent carer forum has been central to shaping the written statement of action.",
        ("co-production",),
        "co-production",
    ),
    (
        "I want the council to ask young people like me before they change things.",
        ("young-peoples-voice",),
        "co-production",
    ),
    (
        "Parents are there to rubber-stamp decisions, not to shape them.",
        ("co-production",),
        "co-production",
    ),
    (
        "Leaders have made sufficient progress in improving co-production with parents and carers.",
        ("co-production",),
        "co-production",
    ),
    (
        "The parent carer forum is routinely involved in decisions about service design.",
        ("co-production",),
        "co-production",
    ),
    (
        "Children and young people with SEND are not given enough opportunity to have their say"
        " on local services.",
        ("young-peoples-voice",),
        "co-production",
    ),
    (
        "Co-production is well established at a strategic level but is less evident in "
        "individual planning.",
        ("co-production",),
        "co-production",
    ),
    (
        "Assessments of children's needs are not well coordinated, and families report having "
        "to repeat their histories to different professionals.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "The quality of advice provided by health professionals for EHC needs assessments is "
        "variable.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "Identification of needs in the early years is effective because of strong links with "
        "health visiting teams.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "Decisions not to proceed to a statutory assessment are not always clearly explained to"
        " families.",
        ("requests-for-assessment",),
        "coordination-of-assessments",
    ),
    (
        "The needs of children who speak English as an additional language are not always "
        "accurately identified.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "A single point of access for assessments has reduced duplication for families.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "Every new professional wanted the whole history from birth. I've told it so many times"
        " I could recite it in my sleep.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "The LA said no to assessing him, even with the EP and his teachers backing us.",
        ("requests-for-assessment",),
        "coordination-of-assessments",
    ),
    (
        "He masks all day at school so they say there's no problem, then he falls apart at home.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "Why can't the OT, speech therapist and EP see him on the same day and write one report?",
        ("coordinated-assessments", "therapies"),
        "coordination-of-assessments",
    ),
    (
        "The health visitor spotted things at his 2-year check and got us referred straight "
        "away, which made all the difference.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "I had to do the same tests with three different people and it was really tiring.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "We submitted a request for statutory assessment with a full year of evidence and it "
        "was bounced back with no explanation.",
        ("requests-for-assessment",),
        "coordination-of-assessments",
    ),
    (
        "It would help if health and education assessments could be booked together rather than"
        " months apart.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "The EHC needs assessment paperwork asks for the same information three times in "
        "different forms.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "The local area has improved how it identifies children and young people with SEND.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "Leaders have introduced a coordinated assessment pathway for children under five.",
        ("coordinated-assessments", "early-identification"),
        "coordination-of-assessments",
    ),
    (
        "The criteria used to decide whether to assess are not consistently applied.",
        ("requests-for-assessment",),
        "coordination-of-assessments",
    ),
    (
        "Parents told inspectors that they had to tell their story several times to different "
        "services.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "Some children's needs are not identified until they reach secondary school.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "Assessments from education, health and care are not brought together into a single "
        "picture of the child.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "The contributions of health professionals to statutory assessments are timely and of "
        "good quality.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "Early years practitioners are skilled at identifying children who may have special "
        "educational needs.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "The proportion of requests for assessment that are refused is high compared with "
        "similar areas.",
        ("requests-for-assessment",),
        "coordination-of-assessments",
    ),
    (
        "Families have to share the same information repeatedly with different services.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "Each assessment was done separately and nobody ever put the reports together.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "I raised concerns at every parents' evening from reception but it wasn't until year 4 "
        "that anyone listened.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "We were told to wait another two terms of the graduated approach before we could "
        "request an EHC needs assessment.",
        ("requests-for-assessment",),
        "coordination-of-assessments",
    ),
    (
        "The identification of children's needs is inconsistent across schools.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "Children's needs are identified quickly in the early years through the integrated two-"
        "year review.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "The EHC needs assessment process does not bring together advice from professionals in "
        "a timely, coordinated way.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "Too often, needs are not identified until children reach crisis point.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "Families do not experience a joined-up assessment process.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "Schools' identification of pupils with social, emotional and mental health needs is "
        "variable.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "The local authority's decision-making panel has applied criteria that are not in line "
        "with the code of practice.",
        ("requests-for-assessment",),
        "coordination-of-assessments",
    ),
    (
        "The quality of educational psychology advice for statutory assessments is high.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "Some children are identified as having SEND when their needs arise from weak teaching.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "I have lost count of the number of forms I have filled in with exactly the same "
        "questions.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "Hearing loss was missed for years because nobody checked.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "Leaders have made sufficient progress in ensuring that assessments are coordinated "
        "across education, health and care.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "Early identification of speech and language needs has improved through training for "
        "nursery staff.",
        ("early-identification",),
        "coordination-of-assessments",
    ),
    (
        "Some parents are wrongly told that their child must have a diagnosis before an EHC "
        "needs assessment can be requested.",
        ("requests-for-assessment",),
        "coordination-of-assessments",
    ),
    (
        "Families are no longer asked to repeat their stories to every professional they meet.",
        ("coordinated-assessments",),
        "coordination-of-assessments",
    ),
    (
        "The quality of education, health and care plans is inconsistent.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "Too many plans contain outcomes that are not specific or measurable.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "Annual reviews are not completed in a timely manner and plans are not updated.",
        ("annual-reviews",),
        "ehc-plan-quality",
    ),
    (
        "Plans are not routinely amended following annual reviews.",
        ("annual-reviews",),
        "ehc-plan-quality",
    ),
    (
        "The quality assurance of new EHC plans has improved, but older plans remain weak.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "Children's aspirations are not reflected well in their plans.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "The draft was full of mistakes, it even said she uses a wheelchair, which she doesn't.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "Everything in Section F says 'access to' or 'as appropriate', so it means nothing.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "School held the review but the local authority never sent the amended plan.",
        ("annual-reviews",),
        "ehc-plan-quality",
    ),
    (
        "Moving to secondary was terrifying because nobody told us which school until June.",
        ("transitions",),
        "ehc-plan-quality",
    ),
    (
        "The provision in the plan isn't happening and nobody checks.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "My plan still says I like Peppa Pig. I'm 14.",
        ("ehc-plan-quality", "annual-reviews"),
        "ehc-plan-quality",
    ),
    ("I don't know what my plan says.", ("ehc-plan-quality",), "ehc-plan-quality"),
    (
        "Plans arrive with generic outcomes that we have to rewrite ourselves to make them usable.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "Year 6 to year 7 handover is rushed, and we often get plans for new starters in "
        "September.",
        ("transitions",),
        "ehc-plan-quality",
    ),
    (
        "The local area has introduced a new template which has improved the consistency of plans.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "Reviews of plans rarely involve health and social care professionals.",
        ("annual-reviews", "services-working-together"),
        "ehc-plan-quality",
    ),
    (
        "Transition planning for children moving from primary to secondary school is effective.",
        ("transitions",),
        "ehc-plan-quality",
    ),
    (
        "Outcomes in EHC plans are aspirational and well written.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "EHC plans do not consistently capture children's needs or the provision required to "
        "meet them.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "Newer plans are of better quality, with clear and specific outcomes.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "The annual review process is not used effectively to update plans.",
        ("annual-reviews",),
        "ehc-plan-quality",
    ),
    (
        "Plans for children moving between phases are not amended in good time.",
        ("transitions",),
        "ehc-plan-quality",
    ),
    (
        "Health advice is not always reflected accurately in the final plan.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "The views of children and their families are captured well in their plans.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "The plan is just a list of his difficulties with nothing about what will actually be "
        "done.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "His review was cancelled twice and then held without the school having done the "
        "paperwork.",
        ("annual-reviews",),
        "ehc-plan-quality",
    ),
    (
        "Children with plans who move to us in year 7 often come with out-of-date information.",
        ("transitions",),
        "ehc-plan-quality",
    ),
    ("My plan has the right things in it now.", ("ehc-plan-quality",), "ehc-plan-quality"),
    (
        "Plans do not describe children's needs accurately or set out how they will be met.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "Annual reviews are often late, and recommended changes are not made to plans.",
        ("annual-reviews",),
        "ehc-plan-quality",
    ),
    (
        "Too many plans are generic and could apply to any child.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "Health sections of EHC plans are now written more precisely.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    ("Plans are not reviewed in time for key transitions.", ("transitions",), "ehc-plan-quality"),
    (
        "Outcomes in plans are not linked to children's long-term aspirations.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "Leaders have introduced a system to track the timeliness of annual reviews.",
        ("annual-reviews",),
        "ehc-plan-quality",
    ),
    (
        "The quality of EHC plans is improving as a result of training for caseworkers.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "They wrote 'would benefit from' everywhere so nothing in it is actually required.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "We hold the reviews on time but the amended plans take up to a year to come back.",
        ("annual-reviews",),
        "ehc-plan-quality",
    ),
    (
        "The area has made sufficient progress in improving the quality of EHC plans.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "Plans do not set out precisely the provision children need.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "Annual reviews do not routinely lead to plans being updated.",
        ("annual-reviews",),
        "ehc-plan-quality",
    ),
    (
        "Leaders' quality assurance of EHC plans is not rigorous enough.",
        ("ehc-plan-quality",),
        "ehc-plan-quality",
    ),
    (
        "The proportion of young adults with learning disabilities in paid work is low.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "The range of supported internships has increased, and more young people are gaining "
        "jobs as a result.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "Young people have limited choice of post-16 provision locally.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Careers guidance for young people with SEND is not well tailored to their needs.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "Few employers in the area offer work experience placements to young people with SEND.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "The proportion of young people with SEND who are not in education, employment or "
        "training is high.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "He's 17 and nobody has mentioned what happens after college.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "The only option offered was another year at college doing the same course.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Adult services don't know him at all, and children's services stop at 18.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "The internship at the supermarket gave him so much confidence.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "No one explained that the EHCP can continue to 25.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "I want to get a job working with animals.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "I want to learn to cook and live in my own flat one day.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "My job coach helps me at work every Tuesday.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "Our year 11s with EHCPs have very few realistic post-16 options.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Travel training has transformed what our students can do independently.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Leaders have developed clear pathways to employment for young people with SEND.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "The health needs of young people are not considered well as they prepare for adulthood.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Outcomes for young people aged 19 to 25 are not tracked.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Preparation for adulthood is well embedded in plans from year 9.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Few young people with SEND go on to sustained employment.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "Young people with SEND have good opportunities to develop independent travel skills.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Supported internships have been extended to more young people with complex needs.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "The transition from children's to adult services is not well planned.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Young people's aspirations for adult life are not well reflected in their plans.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "We have no idea what will happen when she finishes at the special school at 19.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Nobody will employ him because they only see the wheelchair.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "I did work experience at a café and I loved it.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "Post-16 options for our most complex young people are extremely limited locally.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "The range of post-16 provision for young people with complex needs is narrow.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Young people with SEND have access to a good range of vocational training and "
        "supported employment.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "Planning for the move into adult services begins too late.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Few young people complete supported internships and move into paid jobs.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "Young people are not well prepared for independent adult life.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Leaders have developed a clear preparing for adulthood pathway.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "The number of young people with SEND who are in paid employment is increasing.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "Young people with SEND are not prepared well for the world of work.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "I want to go to college and then get my own place.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "There's nothing for him after college except day centres, and he wants a job.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "The area has made sufficient progress in improving employment outcomes for young "
        "people with SEND.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "Young people's move into adulthood is not planned well enough.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Few young adults with SEND are in paid work.",
        ("employment-and-supported-internships",),
        "employment",
    ),
    (
        "Young people have a clear understanding of the options available to them after year 11.",
        ("preparation-for-adulthood",),
        "employment",
    ),
    (
        "Professionals across education, health and social care do not routinely share "
        "information, which leads to duplication and gaps.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Joint working between schools and health services is strong in the early years but "
        "weaker in secondary phases.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Social care contributions to EHC plans are often missing or out of date.",
        ("social-care", "ehc-plan-quality"),
        "inter-agency-working",
    ),
    (
        "Children's social care is not sufficiently involved in planning for disabled children.",
        ("social-care",),
        "inter-agency-working",
    ),
    (
        "Practitioners from different agencies work well together around individual children in"
        " the special schools.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Health visitors and early years settings work closely together to support children "
        "with emerging needs.",
        ("services-working-together", "early-identification"),
        "inter-agency-working",
    ),
    (
        "School blames health, health blames the council, and we are stuck in the middle.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "The paediatrician wrote a brilliant report but nobody at school ever read it.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "We asked for help from social care and were told our son's disability isn't their "
        "problem because he has an EHCP.",
        ("social-care",),
        "inter-agency-working",
    ),
    (
        "Our case with the disability social work team was shut after one phone assessment.",
        ("social-care",),
        "inter-agency-working",
    ),
    (
        "I have to be the go-between for five different services because none of them talk.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "I wish my doctors and my teachers talked to each other so I didn't have to explain "
        "everything.",
        ("services-working-together", "coordinated-assessments"),
        "inter-agency-working",
    ),
    (
        "We make referrals to health and never hear back, so we can't plan around the child.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Early help and school worked together to support the family and attendance has improved.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Information from the hospital rarely reaches us, even when a child's medical needs "
        "affect their learning.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Leaders across education, health and care have established effective joint working "
        "arrangements.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Children in care with SEND benefit from well-coordinated support from the virtual "
        "school and health partners.",
        ("social-care", "services-working-together"),
        "inter-agency-working",
    ),
    (
        "Health practitioners are not consistently invited to contribute to planning meetings.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "There is no agreed protocol for sharing information between schools and the NHS trusts.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Education, health and care professionals do not have a shared understanding of each "
        "other's roles.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Effective joint work between school nurses and special schools supports children with "
        "medical needs.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Social care assessments for disabled children are not completed in a timely manner.",
        ("social-care",),
        "inter-agency-working",
    ),
    (
        "Professionals across services work together well to support children with complex needs.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Partnership working between the local authority and the NHS trusts is improving.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "The children with disabilities team has too few social workers to meet demand.",
        ("social-care",),
        "inter-agency-working",
    ),
    (
        "Health said it was an education issue, school said it was health, and in the end "
        "nobody helped.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "We've never been offered any help from social services even though we are at breaking "
        "point.",
        ("social-care",),
        "inter-agency-working",
    ),
    (
        "When a child is in hospital we hear nothing until they turn up back at school.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Information is shared effectively between health visitors and early years settings.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Agencies do not work together effectively to plan for children with complex needs.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "The contribution of health services to children's plans is weak.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Children's social care teams do not routinely consider whether disabled children need "
        "an assessment of their care needs.",
        ("social-care",),
        "inter-agency-working",
    ),
    (
        "There are effective arrangements for sharing information between maternity, health "
        "visiting and early years services.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Joint working between the SEND team and children's social care has strengthened.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Practitioners in different services are unclear about each other's responsibilities.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Professionals from health, education and care meet regularly to discuss children with "
        "the most complex needs.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "The needs of disabled children who receive social care support are not well understood"
        " by schools.",
        ("social-care",),
        "inter-agency-working",
    ),
    (
        "Every professional works in their own bubble and we are the only ones who see the "
        "whole child.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "It would make a huge difference if the speech therapist could come to school and work "
        "with our staff.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "The area has not made enough progress in improving how education, health and care "
        "services work together.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Schools report that it is difficult to get advice from health professionals.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Disabled children's social care needs are not routinely identified or met.",
        ("social-care",),
        "inter-agency-working",
    ),
    (
        "Health, education and social care practitioners have a shared commitment to working "
        "together.",
        ("services-working-together",),
        "inter-agency-working",
    ),
    (
        "Joint commissioning arrangements are weak and have not led to improvements in the "
        "services available to families.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "Leaders do not have a clear understanding of the sufficiency of specialist places "
        "across the area.",
        ("school-places-and-transport", "joint-commissioning"),
        "joint-commissioning",
    ),
    (
        "Access to speech and language therapy varies considerably depending on where families "
        "live.",
        ("therapies",),
        "joint-commissioning",
    ),
    (
        "Commissioners have not used the information they hold to plan services for children "
        "with complex needs.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "Too many children are placed in independent specialist provision out of the area "
        "because local capacity is insufficient.",
        ("school-places-and-transport",),
        "joint-commissioning",
    ),
    (
        "Home-to-school transport arrangements are not reliable.",
        ("school-places-and-transport",),
        "joint-commissioning",
    ),
    (
        "We pay privately for speech therapy because the NHS offer is six sessions then discharge.",
        ("therapies",),
        "joint-commissioning",
    ),
    (
        "We've been offered a place at a special school forty miles away because there's "
        "nothing closer.",
        ("school-places-and-transport",),
        "joint-commissioning",
    ),
    (
        "The transport team changed his taxi route without telling us and he was collected an "
        "hour early.",
        ("school-places-and-transport",),
        "joint-commissioning",
    ),
    (
        "We got a direct payment for a carer but nobody wants the job at the rate offered.",
        ("short-breaks",),
        "joint-commissioning",
    ),
    (
        "There is no service in this area for children who have both autism and a learning "
        "disability – we're just left.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "I like going to the holiday scheme because my mum gets a rest and I see my friends.",
        ("short-breaks", "activities-and-clubs"),
        "joint-commissioning",
    ),
    (
        "I used to see a speech therapist but now I don't and nobody told me why.",
        ("therapies",),
        "joint-commissioning",
    ),
    (
        "We have children in our resource base who clearly need a special school place, but "
        "there are none.",
        ("school-places-and-transport",),
        "joint-commissioning",
    ),
    (
        "Equipment recommended by physio took seven months to arrive because no one could agree"
        " on funding.",
        ("joint-commissioning", "funding-and-resources"),
        "joint-commissioning",
    ),
    (
        "Leaders have jointly commissioned a new neurodevelopmental support service with health"
        " partners.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "Occupational therapy capacity has increased following additional investment.",
        ("therapies",),
        "joint-commissioning",
    ),
    (
        "Families have limited access to overnight short breaks.",
        ("short-breaks",),
        "joint-commissioning",
    ),
    (
        "The local area does not have enough specialist provision to meet demand.",
        ("school-places-and-transport",),
        "joint-commissioning",
    ),
    (
        "Leaders have not used joint commissioning to address gaps in services for children "
        "with social, emotional and mental health needs.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "There is an over-reliance on expensive independent placements because local services "
        "have not been developed.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "The speech and language therapy service does not have the capacity to meet the needs "
        "identified in plans.",
        ("therapies",),
        "joint-commissioning",
    ),
    (
        "Short breaks provision has been recommissioned following consultation with families.",
        ("short-breaks",),
        "joint-commissioning",
    ),
    (
        "A new special free school will increase the number of local specialist places.",
        ("school-places-and-transport",),
        "joint-commissioning",
    ),
    (
        "The local authority and health commissioners have agreed joint funding arrangements "
        "for children with complex health needs.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "Occupational therapy just isn't available through the NHS here, so we go without.",
        ("therapies",),
        "joint-commissioning",
    ),
    (
        "The travel assistance policy changed and now my son has to get two buses on his own.",
        ("school-places-and-transport",),
        "joint-commissioning",
    ),
    (
        "We buy in our own speech therapist because the NHS service can't cover the children on"
        " our roll.",
        ("therapies",),
        "joint-commissioning",
    ),
    (
        "Commissioners have a good understanding of the needs of the local population.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "Commissioning is not informed by a clear understanding of the needs of children and "
        "young people with SEND.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "The area has jointly commissioned a sensory processing service, which is reducing "
        "demand on occupational therapy.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "Too few children receive the speech and language therapy set out in their plans.",
        ("therapies",),
        "joint-commissioning",
    ),
    (
        "The area has too few specialist places for children with autism.",
        ("school-places-and-transport",),
        "joint-commissioning",
    ),
    (
        "The short breaks offer has been expanded to include more holiday activities.",
        ("short-breaks",),
        "joint-commissioning",
    ),
    (
        "There are significant gaps in provision for young people with social, emotional and "
        "mental health needs.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "Leaders have commissioned additional capacity in the equipment service.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "Physiotherapy provision for children in mainstream schools is limited.",
        ("therapies",),
        "joint-commissioning",
    ),
    (
        "We were assessed for short breaks and then told there was no money to provide them.",
        ("short-breaks",),
        "joint-commissioning",
    ),
    (
        "We have children travelling for over an hour each way because there is no suitable "
        "school nearer.",
        ("school-places-and-transport",),
        "joint-commissioning",
    ),
    (
        "The area has made sufficient progress in developing joint commissioning arrangements.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "Leaders have not commissioned services to meet the increasing number of children with "
        "autism.",
        ("joint-commissioning",),
        "joint-commissioning",
    ),
    (
        "Children do not receive the therapies they need because of a shortage of therapists.",
        ("therapies",),
        "joint-commissioning",
    ),
    (
        "Local specialist provision has been expanded so that fewer children are placed outside"
        " the area.",
        ("school-places-and-transport",),
        "joint-commissioning",
    ),
    (
        "Few parents who spoke to inspectors had heard of the local offer.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "The local offer website is difficult to navigate and contains out-of-date information.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Information about what support is available in schools is not clear.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Young people say the local offer is not written in a way they can understand.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "The local offer does not set out clearly what families can expect from health services.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Families are not routinely signposted to sources of help.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "I stumbled on the local offer years after diagnosis. Why doesn't anyone tell you it "
        "exists?",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "The website has lists of services but half of them have closed.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "There are no inclusive holiday clubs near us, so I can't work in the summer.",
        ("activities-and-clubs",),
        "local-offer",
    ),
    (
        "A simple booklet explaining the process would have saved me so much worry.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Swimming sessions for disabled kids were a godsend and now they've stopped.",
        ("activities-and-clubs",),
        "local-offer",
    ),
    (
        "I don't go anywhere after school because there aren't any clubs for people like me.",
        ("activities-and-clubs",),
        "local-offer",
    ),
    (
        "I'd like more sports that I can do in my wheelchair.",
        ("activities-and-clubs",),
        "local-offer",
    ),
    ("The website should have easy read pages.", ("local-offer-information",), "local-offer"),
    (
        "The directory of services needs updating; many contact details are wrong.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Families ask us what's out there for after-school activities and we don't really know.",
        ("activities-and-clubs", "local-offer-information"),
        "local-offer",
    ),
    (
        "Awareness of the local offer among professionals is low.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Published information does not explain the support that schools are expected to "
        "provide from their own resources.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Information for families is not available in community languages.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "The local offer is difficult for families to find and use.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Information on the local offer about post-16 options is limited.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Parents and professionals use the local offer website regularly and find it helpful.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Disabled children and young people have few opportunities to take part in clubs and "
        "activities in their community.",
        ("activities-and-clubs",),
        "local-offer",
    ),
    (
        "The local offer does not include clear information about how to access specialist "
        "services.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Nobody tells you what's out there. You find out by accident from other parents.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "The council website is impossible to use on a phone.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "I want there to be more clubs where I can go with my friends.",
        ("activities-and-clubs",),
        "local-offer",
    ),
    (
        "Families often arrive at school with no idea what support exists locally.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Families from minority ethnic communities are less aware of the local offer.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "The local offer is not updated regularly and information is often inaccurate.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Parents do not know where to find information about the support available.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "The local offer gives young people useful information about preparing for adulthood.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "There is a good range of inclusive leisure and holiday activities for children with SEND.",
        ("activities-and-clubs",),
        "local-offer",
    ),
    (
        "The local offer is not accessible to parents who do not speak English.",
        ("local-offer-information",),
        "local-offer",
    ),
    ("Few young people have used the local offer.", ("local-offer-information",), "local-offer"),
    (
        "Schools' SEN information reports are often out of date.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Families say that the local offer is a useful starting point for finding services.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Half the phone numbers on the local offer don't work.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "There's nowhere for me to go at the weekend where people understand me.",
        ("activities-and-clubs",),
        "local-offer",
    ),
    (
        "The area has made sufficient progress in improving the local offer.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "The local offer is not used well by families or practitioners.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Information on the local offer is clear, accurate and easy to find.",
        ("local-offer-information",),
        "local-offer",
    ),
    (
        "Young people with SEND have limited access to social and leisure opportunities.",
        ("activities-and-clubs",),
        "local-offer",
    ),
    (
        "Communication with parents and carers is poor, and many do not know who to contact.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "Parents' views are not sought routinely when decisions are made about their children.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "Parents value the support they receive from the information, advice and support service.",
        ("advice-services-sendiass",),
        "parental-engagement",
    ),
    (
        "Caseworkers change frequently, so families have to build new relationships.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "Relationships between the local authority and many parents have broken down.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "Parents are not kept well informed about the progress of their child's EHC needs "
        "assessment.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "I email the SEN team and hear nothing for weeks. It is like shouting into a void.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "We've had four different case officers this year and each one starts from zero.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "The IASS worker came to the meeting with me and I finally felt I had someone on my side.",
        ("advice-services-sendiass",),
        "parental-engagement",
    ),
    (
        "When you finally get through on the phone, nobody can tell you anything.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "The parent support group run by the charity has been my lifeline.",
        ("advice-services-sendiass",),
        "parental-engagement",
    ),
    (
        "Mum gets really upset because nobody phones her back.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "Parents often come to us because they can't get hold of anyone at the local authority.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "We signpost families to SENDIASS but the waiting time for an adviser is long.",
        ("advice-services-sendiass", "waiting-lists"),
        "parental-engagement",
    ),
    (
        "Some families feel judged by professionals and stop engaging.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "Parents who spoke with inspectors said their concerns are taken seriously by school "
        "staff.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "Too many parents told inspectors that they feel ignored.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "Independent advice and support for families is well regarded but not widely known.",
        ("advice-services-sendiass",),
        "parental-engagement",
    ),
    (
        "Leaders do not engage effectively with parents who are not members of the forum.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "Parents report that it is difficult to contact their child's caseworker.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "Many parents do not feel that their views are taken into account.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "The SEND service has improved its communication with families.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "The information, advice and support service has a long waiting list for casework.",
        ("advice-services-sendiass",),
        "parental-engagement",
    ),
    (
        "Parents say that professionals listen to them and respect their views.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "Letters to parents about decisions are not always clear.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "Nobody ever rings back. You leave message after message.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    ("They treated me like I was making it up.", ("being-listened-to",), "parental-engagement"),
    (
        "Families tell us they don't know who their caseworker is.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "Nobody believes me when I say school is too much.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "Parents frequently find it difficult to get a response from the SEND team.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "Professionals do not always take parents' concerns seriously.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "Parents are not told who is responsible for their child's case.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "The information, advice and support service provides valued help to families at tribunal.",
        ("advice-services-sendiass",),
        "parental-engagement",
    ),
    (
        "Relationships with parents are improving as a result of leaders' work to rebuild trust.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "Parents value having a named officer who keeps them updated.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "Parents feel that their knowledge of their child is not valued by professionals.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "Written communication from the local authority is too often unclear and uses jargon.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "I sent six emails before anyone replied, and the reply didn't answer my question.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "When I tell the adults something is wrong they say I'm fine.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "Parents do not receive timely replies to their queries from the SEND team.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "Parents say that they feel listened to and that their concerns are acted upon.",
        ("being-listened-to",),
        "parental-engagement",
    ),
    (
        "Many families are not aware of the independent advice and support available to them.",
        ("advice-services-sendiass",),
        "parental-engagement",
    ),
    (
        "The area has improved its communication with parents, who now know who to contact.",
        ("communication-and-named-contact",),
        "parental-engagement",
    ),
    (
        "Parents' experiences of the SEND system are mixed; too many are dissatisfied.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "A large number of parents are not confident that their children's needs will be met.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Parents of children in special schools are largely positive about the support their "
        "children receive.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Complaints are not handled in a timely way, and lessons are not learned from them.",
        ("complaints-and-tribunals",),
        "parental-satisfaction",
    ),
    (
        "Mediation is rarely used before disputes escalate to tribunal.",
        ("complaints-and-tribunals",),
        "parental-satisfaction",
    ),
    (
        "A significant proportion of parents who responded to the survey would not recommend "
        "the area's services.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Honestly I've given up. Everything is a battle and I'm too tired to keep going.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "The support we have now is fantastic and it has changed our lives.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "My complaint was passed around for three months and then closed without an answer.",
        ("complaints-and-tribunals",),
        "parental-satisfaction",
    ),
    (
        "I'm mostly happy, though it took far too long to get here.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Thank you to everyone at the school, you've been wonderful.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "I'm happy at my school now, it's so much better than before.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    ("Things are ok I guess.", ("overall-experience",), "parental-satisfaction"),
    (
        "We see parents at the end of their tether; many have lost all faith in the system.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Parents tell us the support their child gets here is the best they have had.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Parents' confidence in the local area is beginning to improve.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "The local authority concedes a high proportion of appeals before they reach a hearing.",
        ("complaints-and-tribunals",),
        "parental-satisfaction",
    ),
    (
        "The outcomes of complaints are not analysed to identify recurring themes.",
        ("complaints-and-tribunals",),
        "parental-satisfaction",
    ),
    (
        "Many families feel let down by the system.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Parents' views about the support their children receive are overwhelmingly negative.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "The number of registered appeals to the first-tier tribunal is higher than the "
        "national average.",
        ("complaints-and-tribunals",),
        "parental-satisfaction",
    ),
    (
        "Parents who completed the inspection survey were largely dissatisfied with the area's "
        "services.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Many families spoke positively about the difference that support has made to their "
        "children.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Leaders do not learn from complaints to improve services.",
        ("complaints-and-tribunals",),
        "parental-satisfaction",
    ),
    (
        "Parents' experiences vary too much depending on which school their child attends.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "I feel like I've had to become a lawyer, a nurse and a teacher just to get the basics.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Genuinely could not be happier with how things have gone this year.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Too many disagreements end up at tribunal when a conversation could have solved them.",
        ("complaints-and-tribunals",),
        "parental-satisfaction",
    ),
    ("I feel much better about everything now.", ("overall-experience",), "parental-satisfaction"),
    (
        "Parents' satisfaction with the SEND system remains low.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Many parents told inspectors that they feel exhausted by the effort needed to secure "
        "support.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "The number of formal complaints about SEND services has risen significantly.",
        ("complaints-and-tribunals",),
        "parental-satisfaction",
    ),
    (
        "Parents whose children attend special schools are overwhelmingly positive.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "The proportion of tribunal decisions that go in favour of parents is high.",
        ("complaints-and-tribunals",),
        "parental-satisfaction",
    ),
    (
        "Some parents describe their experience of the SEND system as a constant battle.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Families' confidence in the system has been damaged by long delays and poor "
        "communication.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "The local authority makes good use of mediation to resolve disagreements.",
        ("complaints-and-tribunals",),
        "parental-satisfaction",
    ),
    (
        "I can't fault the support we've had, everyone has been kind.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Parents say they feel let down again and again.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Parents' satisfaction with the local area's services remains mixed.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "The number of appeals to the tribunal remains high.",
        ("complaints-and-tribunals",),
        "parental-satisfaction",
    ),
    (
        "Too many parents and carers continue to report negative experiences.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Parents' confidence in the system has increased since the previous inspection.",
        ("overall-experience",),
        "parental-satisfaction",
    ),
    (
        "Leaders across the partnership have been too slow to act on the weaknesses identified "
        "at the last inspection.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "The area's self-evaluation is overly generous and does not reflect the experiences of "
        "families.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Governance arrangements are unclear, so it is not evident who holds partners to "
        "account for improvement.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Leaders' plans lack measurable targets, which makes it difficult to evaluate the "
        "impact of their work.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Senior leaders do not make effective use of data to understand the needs of the local "
        "population.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Financial pressures on the high needs budget have led to decisions that are not always"
        " in children's best interests.",
        ("funding-and-resources",),
        "strategy",
    ),
    (
        "Nobody in charge seems to have a grip on what's happening. Every year there's a new "
        "plan and nothing changes on the ground.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "The council is more interested in saving money than in helping our kids.",
        ("funding-and-resources",),
        "strategy",
    ),
    (
        "I'd like to know who is actually responsible for SEND in this county and what they're "
        "doing about it.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Heads of service change so often that nobody remembers what was promised last time.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "There isn't enough money for the things we need, like more staff who get it.",
        ("funding-and-resources",),
        "strategy",
    ),
    (
        "As a SENCO I have no idea what the local authority's priorities are for SEND this year.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Top-up funding bands haven't risen in years while needs have become much more complex.",
        ("funding-and-resources",),
        "strategy",
    ),
    (
        "The new inclusion strategy is a step in the right direction, but headteachers weren't "
        "part of writing it.",
        ("strategy-and-leadership", "co-production"),
        "strategy",
    ),
    (
        "Leaders have an accurate understanding of the area's strengths and areas for development.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "The SEND partnership board now provides appropriate challenge and oversight.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Workforce development has not been prioritised, so many practitioners lack training in"
        " meeting the needs of children with autism.",
        ("strategy-and-leadership", "support-in-school"),
        "strategy",
    ),
    (
        "Leaders have not ensured that the improvement plan is understood by frontline staff.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Partners have agreed a shared set of outcomes, but it is too early to see their impact.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "The partnership's strategy for SEND is not underpinned by an accurate analysis of need.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Leaders have been slow to recognise the scale of the challenges facing the area.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "There is a clear line of accountability from the partnership board to frontline services.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Leaders' evaluation of the area's effectiveness is broadly accurate, although some "
        "weaknesses are understated.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Until recently, there has been too little senior oversight of the SEND system.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "The high needs funding formula is not transparent to schools.",
        ("funding-and-resources",),
        "strategy",
    ),
    (
        "Leaders have set out a clear plan for improvement, with well-chosen priorities.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "It feels like those at the top have no idea what families actually go through.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "We are having to cut TA hours because the money simply isn't there.",
        ("funding-and-resources",),
        "strategy",
    ),
    (
        "The council should listen to the people in charge of the youth forum and actually do "
        "what we say.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Leaders recognise that the pace of change has been too slow and have strengthened "
        "their arrangements for holding partners to account.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "The local area's leaders do not have a coherent overview of how well children with "
        "SEND are served.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "There is no shared vision across education, health and social care for improving "
        "outcomes.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Leaders have not used the findings of their own audits to drive improvement.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Leaders have invested additional resources in the SEND service, which has reduced "
        "caseloads.",
        ("funding-and-resources",),
        "strategy",
    ),
    (
        "Senior leaders in the clinical commissioning group have an accurate understanding of "
        "the area's weaknesses.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "The revised SEND improvement plan sets out clear actions, timescales and measures of "
        "success.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Leaders have a realistic view of what still needs to improve.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Whoever is running SEND here needs to be honest with families about what is going wrong.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Every year the banding is cut and we're expected to do more with less.",
        ("funding-and-resources",),
        "strategy",
    ),
    (
        "The area has made sufficient progress in addressing the significant weakness in "
        "strategic leadership.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Leaders now have a well-founded understanding of what is working well and what needs "
        "to improve.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Spending decisions are not linked closely enough to improving outcomes for children "
        "with SEND.",
        ("funding-and-resources",),
        "strategy",
    ),
    (
        "The new governance structure ensures that partners are held to account for their "
        "contribution.",
        ("strategy-and-leadership",),
        "strategy",
    ),
    (
        "Children wait far too long for an assessment on the neurodevelopmental pathway.",
        ("autism-adhd-assessment",),
        "waiting-times",
    ),
    (
        "The proportion of new EHC plans issued within 20 weeks is well below the national "
        "average.",
        ("ehc-assessment-delays",),
        "waiting-times",
    ),
    (
        "Some children wait more than a year for an ADHD assessment.",
        ("autism-adhd-assessment",),
        "waiting-times",
    ),
    (
        "Families receive little support while they are waiting for a diagnosis.",
        ("autism-adhd-assessment", "waiting-lists"),
        "waiting-times",
    ),
    (
        "Timeliness of EHC needs assessments has improved significantly this year.",
        ("ehc-assessment-delays",),
        "waiting-times",
    ),
    (
        "Long delays in accessing specialist mental health support mean that needs escalate.",
        ("mental-health-camhs",),
        "waiting-times",
    ),
    (
        "We were referred for an ADHD assessment when he was six. He's now nine and still on "
        "the list.",
        ("autism-adhd-assessment",),
        "waiting-times",
    ),
    (
        "CAMHS said she wasn't unwell enough. Three months later she was in A&E.",
        ("mental-health-camhs",),
        "waiting-times",
    ),
    (
        "Everything takes forever – referrals, assessments, appointments.",
        ("waiting-lists",),
        "waiting-times",
    ),
    (
        "By the time the plan came through he'd already been out of school for a term.",
        ("ehc-assessment-delays", "attendance"),
        "waiting-times",
    ),
    (
        "My daughter needs counselling now, not in eighteen months.",
        ("mental-health-camhs", "waiting-lists"),
        "waiting-times",
    ),
    (
        "I've been waiting ages to see someone about my anxiety.",
        ("mental-health-camhs",),
        "waiting-times",
    ),
    ("I waited a whole year for my new wheelchair.", ("waiting-lists",), "waiting-times"),
    (
        "Our pupils wait so long for CAMHS that we end up holding risk in school with no training.",
        ("mental-health-camhs",),
        "waiting-times",
    ),
    (
        "There is nothing for children on the autism waiting list, so schools are left to "
        "manage alone.",
        ("autism-adhd-assessment",),
        "waiting-times",
    ),
    (
        "The average wait for an autism assessment has fallen from 104 weeks to 52 weeks.",
        ("autism-adhd-assessment",),
        "waiting-times",
    ),
    (
        "Emotional health and well-being services have long waiting lists.",
        ("mental-health-camhs",),
        "waiting-times",
    ),
    (
        "Children wait too long to be seen by occupational therapists.",
        ("therapies", "waiting-lists"),
        "waiting-times",
    ),
    (
        "Waiting times for assessment of social communication difficulties are reducing.",
        ("autism-adhd-assessment",),
        "waiting-times",
    ),
    (
        "Children wait too long to see a community paediatrician.",
        ("waiting-lists",),
        "waiting-times",
    ),
    (
        "Waiting times for specialist CAMHS have increased substantially.",
        ("mental-health-camhs",),
        "waiting-times",
    ),
    (
        "The waiting list for autism assessments has grown, and families wait more than two years.",
        ("autism-adhd-assessment",),
        "waiting-times",
    ),
    (
        "Performance in issuing new EHC plans within 20 weeks remains weak.",
        ("ehc-assessment-delays",),
        "waiting-times",
    ),
    (
        "Leaders have taken action to reduce waiting times for therapy services.",
        ("waiting-lists",),
        "waiting-times",
    ),
    (
        "Young people in crisis are not seen quickly enough by mental health services.",
        ("mental-health-camhs",),
        "waiting-times",
    ),
    (
        "Two years on the waiting list for an autism assessment and still no date.",
        ("autism-adhd-assessment",),
        "waiting-times",
    ),
    (
        "The plan should have been finished by Easter and we are now in July.",
        ("ehc-assessment-delays",),
        "waiting-times",
    ),
    (
        "By the time a referral is accepted, the child has often moved on to another school.",
        ("waiting-lists",),
        "waiting-times",
    ),
    (
        "I'm still waiting to talk to someone about how I feel.",
        ("mental-health-camhs",),
        "waiting-times",
    ),
    (
        "The wait for an autism diagnosis is too long, and support while waiting is limited.",
        ("autism-adhd-assessment",),
        "waiting-times",
    ),
    (
        "Less than half of EHC plans are completed within the statutory timescale.",
        ("ehc-assessment-delays",),
        "waiting-times",
    ),
    (
        "Children and young people wait too long for specialist mental health support.",
        ("mental-health-camhs",),
        "waiting-times",
    ),
    ("Waiting times for the wheelchair service have reduced.", ("waiting-lists",), "waiting-times"),
    (
        "Waiting times for ADHD assessment have lengthened significantly.",
        ("autism-adhd-assessment",),
        "waiting-times",
    ),
    (
        "Families experience long delays in accessing therapy services.",
        ("waiting-lists",),
        "waiting-times",
    ),
    (
        "Timeliness in completing EHC needs assessments has declined.",
        ("ehc-assessment-delays",),
        "waiting-times",
    ),
    (
        "Referrals to CAMHS are not seen within the expected timeframes.",
        ("mental-health-camhs",),
        "waiting-times",
    ),
    (
        "We've been waiting so long for help that I've forgotten what we were referred for.",
        ("waiting-lists",),
        "waiting-times",
    ),
    (
        "It took three years before someone said I was autistic.",
        ("autism-adhd-assessment",),
        "waiting-times",
    ),
    (
        "The area has not made sufficient progress in reducing waiting times for autism "
        "assessments.",
        ("autism-adhd-assessment",),
        "waiting-times",
    ),
    (
        "Children and young people wait too long to access emotional and mental health support.",
        ("mental-health-camhs",),
        "waiting-times",
    ),
    (
        "The timeliness of new EHC plans has improved considerably.",
        ("ehc-assessment-delays",),
        "waiting-times",
    ),
    (
        "Long waits for health services mean that children's needs are not met quickly enough.",
        ("waiting-lists",),
        "waiting-times",
    ),
)
