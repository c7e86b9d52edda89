"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { parseOptionKey, parseTrueFalseKey } from "@/lib/domain/quiz/choice-answer";
import type { QuestionSolution } from "@/lib/domain/quiz/quiz-question";
import { KeyPointGrader } from "../_components/KeyPointGrader";
import { fetchQuizView, newAnswerId, postAnswer, type ApiOutcome } from "../quiz-client";
import type { AnswerBody, AnswerOutcome, ConceptNote, QuestionView, QuizState, TopicTitle } from "../quiz-types";
import { AnswerFeedback } from "./AnswerFeedback";
import { AnswerInput } from "./AnswerInput";
import { Countdown } from "./Countdown";
import { Alert } from "../../_components/Alert";

const KIND_HINTS: Record<string, string> = {
  mcq: "Multiple choice",
  "which-family": "Which family?",
  "true-false": "True or false",
  metric: "Compute",
  cloze: "Fill in the blank",
  open: "Interview question",
  compare: "Compare",
};

type Stage =
  | { name: "asking"; question: QuestionView }
  | { name: "grading"; question: QuestionView; text: string; solution: QuestionSolution; concept: ConceptNote | null }
  | { name: "feedback"; question: QuestionView; outcome: AnswerOutcome; concept: ConceptNote | null; answered: string }
  | { name: "done" };

function stageOf(view: QuizState): Stage {
  if (view.awaitingGrade) return { name: "grading", ...view.awaitingGrade, concept: null };
  if (view.current) return { name: "asking", question: view.current };
  return { name: "done" };
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  if (element.tagName === "INPUT") return !["checkbox", "radio", "button", "submit"].includes((element as HTMLInputElement).type);
  return element.tagName === "TEXTAREA" || element.tagName === "SELECT" || element.isContentEditable;
}

/**
 * One quiz, one question at a time. The server owns everything that matters: which question is
 * current (so a reload resumes), the grading, and in a mock interview the deadline. Nothing here
 * knows an answer before the server has recorded the learner's; practice feedback arrives in the
 * answer's response, and a mock interview shows none until the results page.
 */
export function QuizRunner({ initialView, topics, notice }: { initialView: QuizState; topics: TopicTitle[]; notice: string | null }) {
  const router = useRouter();
  const [view, setView] = useState(initialView);
  const [stage, setStage] = useState<Stage>(() => stageOf(initialView));
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "notice"; text: string } | null>(notice ? { tone: "notice", text: notice } : null);
  const [announcement, setAnnouncement] = useState("");
  const [isBusy, setBusy] = useState(false);
  const busy = useRef(false);
  const answerId = useRef(newAnswerId());
  const cardRef = useRef<HTMLElement>(null);
  const quizId = view.quizId;
  const isMock = view.mode === "mock";
  const resultsPath = `/quiz/${quizId}/results`;
  const question = stage.name === "done" ? null : stage.question;

  const show = useCallback(
    (next: QuizState) => {
      if (next.isFinished) {
        router.push(resultsPath);
        return;
      }
      setView(next);
      setStage(stageOf(next));
      setDraft("");
      setError(null);
      answerId.current = newAnswerId();
      if (next.current) setAnnouncement(`Question ${next.current.number} of ${next.questionCount}`);
    },
    [resultsPath, router],
  );

  /** Runs one request at a time; a double press while one is out does nothing. */
  const exclusive = useCallback(async <T,>(request: () => Promise<ApiOutcome<T>>): Promise<ApiOutcome<T> | null> => {
    if (busy.current) return null;
    busy.current = true;
    setBusy(true);
    try {
      return await request();
    } finally {
      busy.current = false;
      setBusy(false);
    }
  }, []);

  const handleFailure = useCallback(
    async (failure: { status: number; message: string }) => {
      if (failure.status === 401) {
        router.push(`/signin?callbackUrl=${encodeURIComponent(`/quiz/${quizId}`)}`);
      } else if (failure.status === 409) {
        // Answered in another tab, or the quiz moved on: the server's view is the truth.
        const fresh = await fetchQuizView(quizId);
        if (fresh.ok) show(fresh.data);
        setMessage({ tone: "notice", text: failure.message });
      } else if (failure.status === 422) {
        setError(failure.message);
      } else {
        setMessage({ tone: "error", text: failure.status === 0 ? `${failure.message} Nothing was lost: try again.` : failure.message });
      }
    },
    [quizId, router, show],
  );

  const loadView = useCallback(async () => {
    const outcome = await exclusive(() => fetchQuizView(quizId));
    if (!outcome) return;
    if (outcome.ok) show(outcome.data);
    else await handleFailure(outcome);
  }, [exclusive, handleFailure, quizId, show]);

  const submit = useCallback(
    async (body: AnswerBody, answered: string): Promise<boolean> => {
      if (!question) return false;
      const outcome = await exclusive(() => postAnswer(quizId, { questionId: question.questionId, answerId: answerId.current, ...body }));
      if (!outcome) return false;
      if (!outcome.ok) {
        await handleFailure(outcome);
        return false;
      }
      setMessage(null);
      const { outcome: result, concept, view: next } = outcome.data;
      if (isMock || result.verdict === "self-graded") {
        // A mock interview moves straight on; so does a confirmed self-grade, whose solution is on screen already.
        if (result.isFinished) router.push(resultsPath);
        else if (next) show(next);
        else await loadView();
      } else if (result.verdict === "pending" && result.solution) {
        setStage({ name: "grading", question, text: answered, solution: result.solution, concept });
        answerId.current = newAnswerId();
        setAnnouncement("Answer saved. Compare it with the model answer and tick the key points it covered.");
      } else {
        setStage({ name: "feedback", question, outcome: result, concept, answered });
        setAnnouncement(
          result.isCorrect
            ? `Correct.${result.verdict === "typo" && result.matched ? ` Accepted with a typo: ${result.matched}.` : ""}`
            : `Not quite. The answer is ${result.solution?.correctAnswer ?? ""}.`,
        );
      }
      return true;
    },
    [exclusive, handleFailure, isMock, loadView, question, quizId, resultsPath, router, show],
  );

  const next = useCallback(() => {
    if (stage.name !== "feedback") return;
    if (stage.outcome.isFinished) router.push(resultsPath);
    else void loadView();
  }, [loadView, resultsPath, router, stage]);

  const confirmGrade = useCallback((coveredKeyPoints: number[], rating: number) => void submit({ coveredKeyPoints, rating }, ""), [submit]);

  const onTimeUp = useCallback(async () => {
    if (stage.name !== "asking") return;
    const typed = draft.trim();
    if (["metric", "cloze", "open", "compare"].includes(stage.question.kind) && typed !== "" && (await submit({ text: draft }, draft))) return;
    // Nothing (valid) to send: an empty text would be refused, so ask for the view instead, which
    // records the timeout. Our clock may run a little ahead of the server's, so ask again if the
    // same question comes back.
    for (let attempt = 0; attempt < 5; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, attempt === 0 ? 300 : 1000));
      const fresh = await fetchQuizView(quizId);
      if (!fresh.ok) return handleFailure(fresh);
      if (fresh.data.current?.questionId !== stage.question.questionId) {
        show(fresh.data);
        return;
      }
    }
  }, [draft, handleFailure, quizId, show, stage, submit]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (stage.name === "asking") {
        const { kind, asked } = stage.question;
        if (kind === "true-false") {
          const value = parseTrueFalseKey(event.key);
          if (value === null) return;
          event.preventDefault();
          void submit({ value }, value ? "True" : "False");
        } else if (asked.options) {
          const index = parseOptionKey(event.key, asked.options.length);
          if (index === null) return;
          event.preventDefault();
          void submit({ optionIndex: index }, asked.options[index]);
        }
      } else if (stage.name === "feedback" && (event.key.toLowerCase() === "n" || (event.key === "Enter" && !(event.target as HTMLElement | null)?.closest("a")))) {
        // Enter on a focused link (the concept, the navigation) follows it instead.
        // Also stops Enter on the focused Next button from clicking it a second time.
        event.preventDefault();
        next();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [next, stage, submit]);

  // Each stage marks where the keyboard should land: the first answer control, the model answer, or Next.
  const focusKey = stage.name === "done" ? "done" : `${stage.name}:${stage.question.questionId}`;
  useEffect(() => {
    cardRef.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, [focusKey]);

  const answered = view.answeredCount + (stage.name === "feedback" ? 1 : 0);
  const percent = Math.round((answered / view.questionCount) * 100);
  const topicTitle = (id: string) => topics.find((topic) => topic.id === id)?.title ?? id;

  return (
    <div className="quiz">
      <div className="quiz__header">
        <h1>{isMock ? "Mock interview" : "Practice quiz"}</h1>
        {question ? (
          <p className="quiz__count" data-testid="question-count">
            Question {question.number} of {view.questionCount}
          </p>
        ) : null}
      </div>
      <div className="progress" role="progressbar" aria-label="Quiz progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${answered} of ${view.questionCount} answered`}>
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {message ? (
        <p className={message.tone === "error" ? "alert" : "notice"} role="status">
          {message.text}
        </p>
      ) : null}
      {!question ? (
        <section className="card">
          <h2>No question left</h2>
          <button type="button" className="button" onClick={() => router.push(resultsPath)}>
            See results
          </button>
        </section>
      ) : (
        <section className="quiz-card card" ref={cardRef} aria-busy={isBusy} aria-labelledby="quiz-prompt" data-question-id={question.questionId} data-kind={question.kind} data-stage={stage.name}>
          <p className="review-card__meta muted">
            <span className="badge">{KIND_HINTS[question.kind] ?? question.kind}</span>
            <span>{topicTitle(question.topic)}</span>
          </p>
          {stage.name === "asking" && question.deadlineAt && view.timeLimitMs ? (
            <Countdown key={question.questionId} deadlineAt={question.deadlineAt} timeLimitMs={view.timeLimitMs} onExpire={() => void onTimeUp()} />
          ) : null}
          <div className="quiz-card__prompt" id="quiz-prompt">
            {question.asked.prompt}
          </div>
          {stage.name === "asking" ? (
            <AnswerInput question={question} draft={draft} onDraftChange={setDraft} onSubmit={(body, text) => void submit(body, text)} isBusy={isBusy} error={error} />
          ) : null}
          {stage.name === "feedback" ? <AnswerFeedback outcome={stage.outcome} concept={stage.concept} answered={stage.answered} onNext={next} isBusy={isBusy} /> : null}
          {stage.name === "grading" ? (
            <div className="quiz-card__grading">
              <dl className="feedback__answers">
                <div>
                  <dt>Your answer</dt>
                  <dd className="feedback__typed">{stage.text}</dd>
                </div>
              </dl>
              <h2 className="quiz-card__model-title" tabIndex={-1} data-autofocus>
                Model answer
              </h2>
              <p className="feedback__model">{stage.solution.modelAnswer}</p>
              {stage.concept ? (
                <p className="muted">
                  More on <Link href={`/library/${stage.concept.conceptId}`}>{stage.concept.term}</Link> in the library.
                </p>
              ) : null}
              <KeyPointGrader key={question.questionId} idPrefix={`grade-${question.questionId}`} keyPoints={stage.solution.keyPoints} onConfirm={confirmGrade} isBusy={isBusy} hasShortcuts />
              <Alert message={error} className="field__error" />
            </div>
          ) : null}
        </section>
      )}
    </div>
  );
}
