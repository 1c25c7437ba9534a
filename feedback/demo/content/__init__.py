"""The demo's surveys, one for each audience, and a second wave of the parents' survey, with
how their respondents answer."""

from feedback.demo.content import education, parents, parents_second_wave, partners, young_people

SURVEYS = (
    parents.SURVEY,
    young_people.SURVEY,
    education.SURVEY,
    partners.SURVEY,
    parents_second_wave.SURVEY,
)
