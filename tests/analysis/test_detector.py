from __future__ import annotations

import math

from art28.analysis.checklist import MISSING, PRESENT, RULES, Doc, _item, judge
from art28.analysis.detector import MIN_WORDS, THRESHOLD, Detector, features, readable, shipped

AUDITS = "art28.3.h.audits"
# No cue of the rules reads this as an audit; a detector that knows "ter plaatse" does.
VISIT = "Opdrachtgever kan eenmaal per jaar de werkwijze van de leverancier ter plaatse bekijken."


def detector(weights: dict[str, float], bias: float = -3.0) -> Detector:
    return Detector.from_json({"requirements": {AUDITS: {"bias": bias, "weights": weights}}})


def test_features_are_the_words_and_each_pair_of_neighbours() -> None:
    assert features("De Verwerker meldt: a.") == {
        "de",
        "verwerker",
        "meldt",
        "de verwerker",
        "verwerker meldt",
    }


def test_probability_is_the_logistic_of_bias_plus_the_weights_of_the_features_present() -> None:
    reader = detector({"ter plaatse": 2.0, "plaatse": 1.0, "absent": 9.0}, bias=-1.0)

    assert math.isclose(reader.probability(AUDITS, features(VISIT)), 1 / (1 + math.exp(-2.0)))
    assert reader.probability("art28.4.flow_down", features(VISIT)) == 0.0


def test_a_missing_verdict_turns_present_on_the_sentence_the_detector_points_at() -> None:
    doc = Doc.read("1. Inspectie\n" + VISIT + "\n", "nl")
    index = next(i for i, s in enumerate(doc.sentences) if s.text == VISIT)

    assert judge(doc, None)[AUDITS] == (MISSING, [])
    verdict = judge(doc, detector({"ter plaatse": 8.0}))[AUDITS]
    assert verdict == (PRESENT, [index])
    assert _item(doc, AUDITS, verdict)["evidence"][0]["quote"] == VISIT


def test_below_the_threshold_nothing_turns() -> None:
    doc = Doc.read(VISIT + "\n", "nl")
    weight = 3.0 + math.log(THRESHOLD / (1 - THRESHOLD)) - 0.01  # just under THRESHOLD

    assert judge(doc, detector({"ter plaatse": weight}))[AUDITS] == (MISSING, [])


def test_short_lines_titles_and_definitions_are_not_read() -> None:
    short = "Bezoek ter plaatse per jaar."  # fewer than MIN_WORDS words
    definition = "Werkbezoek: een bezoek van opdrachtgever ter plaatse bij de leverancier per jaar."
    assert len(short.split()) < MIN_WORDS
    doc = Doc.read(f"2. Bezoek ter plaatse\n{short}\n{definition}\n", "nl")

    assert judge(doc, detector({"ter plaatse": 8.0}))[AUDITS] == (MISSING, [])


def test_a_verdict_the_rules_give_is_never_changed() -> None:
    text = (
        "Verwerker stelt alle informatie ter beschikking die nodig is om de nakoming van de "
        "verplichtingen aan te tonen en maakt audits, waaronder inspecties, door "
        "verwerkingsverantwoordelijke mogelijk en draagt eraan bij.\n"
    )
    doc = Doc.read(text, "nl")

    assert judge(doc, detector({"ter plaatse": 8.0}, bias=9.0)) == judge(doc, None)


def test_the_shipped_model_reads_the_laws_own_breach_notice_and_not_a_choice_of_law() -> None:
    model = shipped()
    breach = "art33.2.breach_notice"
    law = (
        "De verwerker meldt een inbreuk in verband met persoonsgegevens zonder onredelijke "
        "vertraging aan de verwerkingsverantwoordelijke zodra hij er kennis van heeft genomen."
    )

    choice_of_law = "Op deze overeenkomst is Nederlands recht van toepassing."

    assert set(model.weights) <= set(RULES)
    assert model.probability(breach, features(law)) > THRESHOLD
    assert model.probability(breach, features(choice_of_law)) < 0.5


def test_the_gdprs_own_title_is_not_read() -> None:
    title = (
        "Verordening (EU) 2016/679 betreffende de bescherming van natuurlijke personen in "
        "verband met de verwerking van persoonsgegevens ter plaatse;"
    )
    doc = Doc.read(title + "\n", "nl")

    assert judge(doc, detector({"ter plaatse": 8.0}))[AUDITS] == (MISSING, [])


def test_readable_keeps_the_sentences_of_min_words_as_their_features() -> None:
    read = readable({0: "Bezoek ter plaatse per jaar.", 1: VISIT})

    assert list(read) == [1]
    assert read[1] == features(VISIT)
