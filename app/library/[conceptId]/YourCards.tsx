import Link from "next/link";
import type { CardHistoryEntry, ConceptCard, CardProgress } from "@/lib/data/library/get-concept-cards";
import { itemKindLabel } from "@/lib/domain/content/item-kind-label";
import type { TopicInfo } from "@/lib/domain/content/schema";
import { localDateTimeLabel, relativeDueLabel } from "@/lib/domain/scheduling/due-label";
import { intervalLabel } from "@/lib/domain/scheduling/interval-label";
import { cardStateLabel, daysLabel, percentLabel, ratingLabel } from "@/lib/domain/scheduling/memory-state-labels";

interface Clock {
  now: Date;
  timezone: string;
  dayStartHour: number;
}

interface Props extends Clock {
  term: string;
  topic: Pick<TopicInfo, "id" | "title">;
  cards: ConceptCard[];
}

const COLUMNS = ["State", "Stability", "Difficulty", "Recall now", "Next due"] as const;
const SOURCE_LABELS: Record<CardHistoryEntry["source"], string> = { review: "Daily review", quiz: "Quiz" };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * The signed-in learner's memory of each card of a concept. One tbody per card keeps a card's row
 * and its history row together, so the narrow layout can draw each card as one block.
 */
export function YourCards({ term, topic, cards, ...clock }: Props) {
  if (cards.length === 0) return null;
  const studied = cards.filter((card) => card.progress !== null || card.historyCount > 0).length;
  const table = (
    <table className="card-table">
      <caption>
        {plural(cards.length, "card")}, {studied} studied. Times in {clock.timezone}.
      </caption>
      <thead>
        <tr>
          <th scope="col">Card</th>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      {cards.map((card) => (
        <CardRows key={card.cardId} card={card} clock={clock} />
      ))}
    </table>
  );

  return (
    <section className="your-cards" aria-labelledby="your-cards-title">
      <h2 id="your-cards-title">Your cards</h2>
      {studied > 0 ? (
        table
      ) : (
        <>
          <p>
            You have not studied {term} yet: a card gets a memory state the first time you grade it, in the daily review or in a quiz.{" "}
            <Link href={`/review?topic=${encodeURIComponent(topic.id)}`}>Review {topic.title}</Link>
          </p>
          <details className="your-cards__all">
            <summary>See its {plural(cards.length, "card")}</summary>
            {table}
          </details>
        </>
      )}
    </section>
  );
}

function CardRows({ card, clock }: { card: ConceptCard; clock: Clock }) {
  return (
    <tbody data-card-id={card.cardId}>
      <tr>
        <th scope="row" className="card-table__card">
          <span className="card-table__kind">{itemKindLabel(card.kind)}</span>
          <span className="card-table__prompt">{card.prompt}</span>
        </th>
        {card.progress ? (
          <ProgressCells card={card} progress={card.progress} clock={clock} />
        ) : (
          <td colSpan={COLUMNS.length} className="card-table__unstudied">
            Not studied yet
            <Flags card={card} />
          </td>
        )}
      </tr>
      {card.historyCount > 0 ? (
        <tr className="card-table__history-row">
          <td colSpan={COLUMNS.length + 1}>
            <History card={card} timezone={clock.timezone} />
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

function ProgressCells({ card, progress, clock }: { card: ConceptCard; progress: CardProgress; clock: Clock }) {
  return (
    <>
      <td data-label="State">
        {cardStateLabel(progress.state)}
        <Flags card={card} />
      </td>
      <td data-label="Stability" className="card-table__number">
        {daysLabel(progress.stability)}
      </td>
      <td data-label="Difficulty" className="card-table__number">
        {progress.difficulty.toFixed(1)}
        <span className="visually-hidden"> out of 10</span>
      </td>
      <td data-label="Recall now" className="card-table__number">
        {percentLabel(progress.retrievability)}
      </td>
      <td data-label="Next due">
        {card.isSuspended ? (
          <span className="muted">Not while suspended</span>
        ) : (
          <>
            <time dateTime={progress.dueAt.toISOString()}>{relativeDueLabel(progress.dueAt, clock.now, clock.timezone, clock.dayStartHour)}</time>
            <span className="card-table__date">{localDateTimeLabel(progress.dueAt, clock.timezone)}</span>
          </>
        )}
      </td>
    </>
  );
}

function Flags({ card }: { card: ConceptCard }) {
  if (!card.isSuspended && !card.isLeech) return null;
  return (
    <span className="card-flags">
      {card.isSuspended ? <span className="card-flag">Suspended</span> : null}
      {card.isLeech ? <span className="card-flag card-flag--leech">Leech</span> : null}
    </span>
  );
}

function History({ card, timezone }: { card: ConceptCard; timezone: string }) {
  const latest = card.history[0];
  return (
    <details className="card-history">
      <summary>
        History: {plural(card.historyCount, "grade")}
        {latest ? <span className="muted">, last {localDateTimeLabel(latest.reviewedAt, timezone)}</span> : null}
      </summary>
      <ol className="card-history__list" aria-label="Grades, newest first">
        {card.history.map((entry, index) => (
          <li key={`${entry.reviewedAt.toISOString()}-${index}`} className="card-history__entry">
            <time dateTime={entry.reviewedAt.toISOString()}>{localDateTimeLabel(entry.reviewedAt, timezone)}</time>
            <span className={`card-history__rating card-history__rating--${entry.rating}`}>{ratingLabel(entry.rating)}</span>
            <span>{SOURCE_LABELS[entry.source]}</span>
            <span title={`Due ${localDateTimeLabel(entry.scheduledDueAt, timezone)}`}>
              next in {intervalLabel(entry.reviewedAt.getTime(), entry.scheduledDueAt.getTime())}
            </span>
          </li>
        ))}
      </ol>
      {card.historyCount > card.history.length ? (
        <p className="card-history__note muted">
          Showing the latest {card.history.length} of {card.historyCount} grades.
        </p>
      ) : null}
    </details>
  );
}
