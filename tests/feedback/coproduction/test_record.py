"""The record in words, without a database: the one line, and the report's counting."""

from types import SimpleNamespace

import pytest

from feedback.coproduction.record import (
    Share,
    co_produced_share,
    count_and_percent,
    first_involved_label,
    group_phrase,
    join_words,
    level_counts,
    line_for,
    record_line,
    stage_phrase,
    stage_summary,
)
from feedback.models import GroupRole, Level, Stage

PCF, YF = "Parent Carer Forum", "Youth Forum"


@pytest.mark.parametrize(
    ("level", "stages", "groups", "line"),
    [
        (
            Level.CO_PRODUCE,
            [Stage.QUESTIONS, Stage.ANALYSIS],
            [PCF],
            "Co-produced with the Parent Carer Forum: questions and analysis",
        ),
        (
            Level.CO_PRODUCE,
            [Stage.ANALYSIS, Stage.IDEA, Stage.QUESTIONS, Stage.DESIGN],
            [PCF, YF],
            "Co-produced with the Parent Carer Forum and the Youth Forum: "
            "idea, design, questions and analysis",
        ),
        (
            Level.ENGAGE,
            [Stage.QUESTIONS],
            [YF],
            "Developed with the help of the Youth Forum: questions",
        ),
        (
            Level.CONSULT,
            [Stage.QUESTIONS, Stage.REPLY],
            [PCF, YF, "SENCO network"],
            "Families consulted through the Parent Carer Forum, the Youth Forum and the SENCO "
            "network: questions and reply",
        ),
        (Level.CONSULT, [], [], "Families consulted"),
        (
            Level.INFORM,
            [Stage.REPLY],
            [PCF],
            "Families kept informed through the Parent Carer Forum: reply",
        ),
        (Level.INFORM, [], [], "Families kept informed"),
        (Level.CO_PRODUCE, [Stage.IDEA], [], "Co-produced with families: idea"),
        (Level.ENGAGE, [], [], "Developed with the help of families"),
        (None, [Stage.IDEA], [PCF], None),
    ],
)
def test_the_line_follows_the_level_groups_and_stages(level, stages, groups, line):
    assert line_for(level, stages, groups) == line


def test_a_group_already_called_the_something_is_not_given_a_second_the():
    assert group_phrase(["The Hive", PCF]) == "The Hive and the Parent Carer Forum"


def test_words_are_joined_as_a_sentence():
    assert join_words([]) == ""
    assert join_words(["a"]) == "a"
    assert join_words(["a", "b"]) == "a and b"
    assert join_words(["a", "b", "c"]) == "a, b and c"


def test_stages_read_in_the_order_work_happens():
    assert stage_phrase([Stage.REPLY, Stage.IDEA]) == "idea and reply"


def test_record_line_reads_a_subject_and_its_groups():
    subject = SimpleNamespace(
        coproduction_level=Level.CO_PRODUCE,
        stages=[Stage.QUESTIONS],
        groups=[SimpleNamespace(name=PCF)],
    )
    assert record_line(subject) == "Co-produced with the Parent Carer Forum: questions"
    assert record_line(subject, [YF]) == "Co-produced with the Youth Forum: questions"
    nothing = SimpleNamespace(coproduction_level=None, stages=[], groups=[])
    assert record_line(nothing) is None


def test_a_surveys_co_authors_come_before_its_reviewers():
    def link(name, role):
        return SimpleNamespace(group=SimpleNamespace(name=name), role=role)

    survey = SimpleNamespace(
        coproduction_level=Level.ENGAGE,
        stages=[],
        group_links=[
            link("Voluntary Sector SEND Network", GroupRole.REVIEWER),
            link(YF, GroupRole.CO_AUTHOR),
            link("Advice line", GroupRole.REVIEWER),
            link(PCF, GroupRole.CO_AUTHOR),
        ],
    )
    assert record_line(survey) == (
        "Developed with the help of the Parent Carer Forum, the Youth Forum, the Advice line "
        "and the Voluntary Sector SEND Network"
    )


def test_an_actions_groups_are_in_name_order():
    action = SimpleNamespace(
        coproduction_level=Level.INFORM,
        stages=[Stage.REPLY],
        groups=[SimpleNamespace(name=YF), SimpleNamespace(name=PCF)],
    )
    assert record_line(action) == (
        "Families kept informed through the Parent Carer Forum and the Youth Forum: reply"
    )


def test_first_involved_is_capitalised_or_not_recorded():
    assert first_involved_label(Stage.ANALYSIS) == "Analysis"
    assert first_involved_label(None) == "Not recorded yet"


def test_a_share_states_its_base():
    share = co_produced_share(
        [Level.CO_PRODUCE, Level.CO_PRODUCE, Level.ENGAGE, None, None], "surveys"
    )
    assert (share.count, share.base) == (2, 5)
    assert share.text == "2 of 5 surveys (40%)"
    assert Share(1, 3, "actions").text == "1 of 3 actions (33%)"
    assert Share(1, 8, "actions").text == "1 of 8 actions (13%)"  # 12.5 rounds up
    assert Share(0, 0, "actions").text == "No actions yet"
    assert Share(0, 0, "actions").percent is None


def test_table_cells_give_the_count_and_its_percentage():
    assert count_and_percent(3, 5) == "3 (60%)"
    assert count_and_percent(1_234, 2_468) == "1,234 (50%)"
    assert count_and_percent(0, 0) == "0"


def test_levels_are_counted_with_not_recorded_last():
    counts = level_counts([Level.ENGAGE, None, Level.ENGAGE, Level.INFORM])
    assert list(counts) == [Level.INFORM, Level.CONSULT, Level.ENGAGE, Level.CO_PRODUCE, None]
    assert counts == {
        Level.INFORM: 1,
        Level.CONSULT: 0,
        Level.ENGAGE: 2,
        Level.CO_PRODUCE: 0,
        None: 1,
    }


def test_each_piece_of_work_counts_once_at_the_first_stage_families_came_in():
    summary = stage_summary(
        [
            [Stage.ANALYSIS, Stage.IDEA],
            [Stage.QUESTIONS],
            [Stage.QUESTIONS, Stage.REPLY],
            [],
        ]
    )
    assert summary == {
        Stage.IDEA: 1,
        Stage.DESIGN: 0,
        Stage.QUESTIONS: 2,
        Stage.ANALYSIS: 0,
        Stage.REPLY: 0,
        None: 1,
    }
