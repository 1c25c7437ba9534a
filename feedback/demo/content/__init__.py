"""The demo's four surveys, one for each audience, with how their respondents answer."""

from feedback.demo.content import education, parents, partners, young_people

SURVEYS = (parents.SURVEY, young_people.SURVEY, education.SURVEY, partners.SURVEY)
