"""/surveys: residents see the open surveys they were asked; staff the latest ones with their
answer counts; managers start one. A survey's results card, with its chart."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import MenuAction, SurveyAct
from bot.context import BotContext
from bot.i18n import Translate
from bot.services.surveys.chart import draw
from bot.services.surveys.forms import SurveyInput
from bot.services.surveys.reports import average_text
from bot.services.surveys.results import QuestionResult
from bot.services.surveys.service import SurveyView
from bot.services.surveys.template import QUESTION_KIND_KEYS, question_arg, title_arg
from handlers import keyboards
from handlers.flow import Reply
from storage.models import Survey


def input_title(form: SurveyInput) -> Any:
    """A survey's title as it will read, before it is stored."""
    if not form.title_key:
        return form.title
    year, _, quarter = form.title.partition("-Q")
    return {"key": form.title_key, "args": {"year": year, "quarter": quarter}}


def _text_of(question: Any) -> Any:
    return {"key": question.text_key} if question.text_key else question.text


def question_line(t: Translate, number: int, question: Any) -> str:
    """A question in a summary: its number, text, kind and choices."""
    return t(
        "survey-question-line",
        number=number,
        question=_text_of(question),
        kind={"key": QUESTION_KIND_KEYS.get(question.kind, "survey-kind-text")},
        options=" / ".join(question.options) or "-",
        choices=1 if question.options else 0,
    )


def _when(context: BotContext, survey: Survey) -> str:
    moment = survey.closed_at or survey.closes_at
    return moment.astimezone(context.zone()).strftime("%Y-%m-%d %H:%M")


async def posted(context: BotContext, survey_id: int) -> Reply:
    """What the author reads once the survey is out."""
    view = await context.services.surveys.results(context.require_viewer(), survey_id)
    survey = view.survey
    text = context.t(
        "survey-posted-author",
        id=survey.id,
        title=title_arg(survey),
        invited=survey.invited,
        closes=_when(context, survey),
    )
    return Reply(text, _results_button(context, survey.id))


def _results_button(context: BotContext, survey_id: int) -> InlineKeyboardMarkup:
    data = SurveyAct(action="res", survey_id=survey_id).pack()
    button = InlineKeyboardButton(context.t("survey-button-results"), callback_data=data)
    return InlineKeyboardMarkup([[button]])


def _question_block(t: Translate, found: QuestionResult) -> list[str]:
    question = found.question
    lines = [question_line(t, question.position, question).split("\n")[0]]
    if question.kind == "rating":
        counted = reversed(list(enumerate(found.stars, start=1)))
        stars = " · ".join(t("survey-result-star", stars=n, count=c) for n, c in counted)
        lines.append(
            t(
                "survey-result-rating",
                average=average_text(found.average),
                count=found.answered,
                stars=stars,
            )
        )
    elif question.kind in ("single", "multiple"):
        for option, count in zip(question.options, found.counts, strict=False):
            lines.append(t("survey-result-option", option=option, count=count))
    else:
        lines.append(t("survey-result-texts", count=found.answered))
        lines.extend(t("survey-result-text", text=text) for text in found.texts)
        if found.more_texts:
            lines.append(t("survey-result-more", count=found.more_texts))
    return lines


def results_text(context: BotContext, view: SurveyView) -> str:
    """The results card: answered of asked, each question's figures, by grid and butler."""
    t, survey, found = context.t, view.survey, view.results
    lines = [
        t(
            "survey-results-head",
            id=survey.id,
            title=title_arg(survey),
            open=1 if survey.state == "open" else 0,
            at=_when(context, survey),
            answered=found.responses,
            invited=survey.invited,
        )
    ]
    if view.grids is not None:
        lines.append(t("survey-results-grids", grids=", ".join(view.grids) or "-"))
    for question in found.questions:
        lines.append("")
        lines.extend(_question_block(t, question))
    for head, groups in (("survey-by-grid", found.grids), ("survey-by-butler", found.butlers)):
        rated = [g for g in groups if g.ratings]
        if not rated:
            continue
        lines.extend(["", t(head)])
        for group in rated:
            lines.append(
                t(
                    "survey-group-line",
                    name=group.name,
                    average=average_text(group.average),
                    count=group.responses,
                )
            )
    return "\n".join(lines)


def chart_bars(context: BotContext, view: SurveyView) -> tuple[list[tuple[str, float]], float]:
    """The chart's bars: rating averages (and per butler), else the first choice's counts."""
    found = view.results
    rated = [q for q in found.questions if q.average is not None]
    if rated:
        bars = [(context.t("survey-chart-question", question=question_arg(q.question),
                           number=q.question.position), round(q.average or 0, 2))
                for q in rated]  # fmt: skip
        for butler in found.butlers:
            if butler.average is not None:
                label = context.t("survey-chart-butler", name=butler.name)
                bars.append((label, round(butler.average, 2)))
        return bars, 5.0
    for question in found.questions:
        if question.question.kind in ("single", "multiple") and question.answered:
            bars = [(o, float(c)) for o, c in zip(question.question.options, question.counts,
                                                   strict=False)]  # fmt: skip
            return bars, float(max(question.counts, default=1) or 1)
    return [], 0.0


async def listing(update: Update, context: BotContext) -> None:
    """/surveys: the open or latest surveys; managers start one."""
    assert update.effective_chat is not None
    viewer = context.require_viewer()
    found = await context.services.surveys.listing(viewer)
    staff = bool(viewer.managed_estates() or viewer.butler_grids())
    head = "survey-list-staff" if staff else "survey-list-resident"
    lines = [context.t(head, count=len(found)) if found else context.t("survey-list-none")]
    buttons = []
    for survey, answered in found:
        label = context.t(
            "survey-list-line",
            id=survey.id,
            title=title_arg(survey),
            open=1 if survey.state == "open" else 0,
            staff=1 if staff else 0,
            answered=answered or 0,
            invited=survey.invited,
        )
        action = "res" if staff else "ans"
        data = SurveyAct(action=action, survey_id=survey.id).pack()
        buttons.append(InlineKeyboardButton(label, callback_data=data))
    if viewer.managed_estates():
        for key, action in (
            ("survey-button-quarterly", "survey_quarterly"),
            ("survey-button-new", "survey_new"),
        ):
            data = MenuAction(action=action).pack()
            buttons.append(InlineKeyboardButton(context.t(key), callback_data=data))
    markup = keyboards.rows(buttons, width=1) if buttons else None
    await context.bot.send_message(update.effective_chat.id, "\n".join(lines), reply_markup=markup)


async def results(update: Update, context: BotContext) -> None:
    """A survey's results card, then its chart."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    data = SurveyAct.unpack(query.data)
    assert data is not None
    view = await context.services.surveys.results(context.require_viewer(), data.survey_id)
    chat = update.effective_chat.id
    await context.bot.send_message(chat, results_text(context, view))
    await query.answer()
    bars, top = chart_bars(context, view)
    if bars:
        title = context.t("survey-chart-title", title=title_arg(view.survey))
        png = await draw(title, bars, top)
        await context.bot.send_photo(chat, InputFile(png, filename=f"survey-{view.survey.id}.png"))


def build_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """/surveys and the results button."""
    return [
        CommandHandler("surveys", listing),
        CallbackQueryHandler(results, pattern=SurveyAct.where(action="res")),
    ]
