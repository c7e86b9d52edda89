import type { ReactNode } from "react";
import { ChartTooltip } from "./ChartTooltip";
import type { ChartVariant, RenderedChart } from "./charts/theme";

function SizeCopies({ variants }: { variants: ChartVariant[] }) {
  return variants.map((variant) => (
    <div
      key={variant.size}
      className={`chart__size chart__size--${variant.size}`}
      style={{ maxWidth: variant.width }}
      dangerouslySetInnerHTML={{ __html: variant.svg }}
    />
  ));
}

/**
 * One chart as a section: its heading, the SVG copies (CSS shows the one for the reader's width
 * and repaints it in dark mode), tooltips, and the same numbers as a table for keyboard and screen-reader use.
 */
export function ChartFigure({
  id,
  title,
  intro,
  chart,
  aside,
  isScrollable = false,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  chart: RenderedChart;
  aside?: ReactNode;
  isScrollable?: boolean;
}) {
  const [head, ...columns] = chart.table.head;
  return (
    <section className="card chart" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p className="muted chart__intro">{intro}</p> : null}
      <div className={aside ? "chart__body chart__body--aside" : "chart__body"}>
        <ChartTooltip label={chart.summary} tips={chart.tips} isScrollable={isScrollable}>
          <SizeCopies variants={chart.variants} />
        </ChartTooltip>
        {aside}
      </div>
      <details className="chart__numbers">
        <summary>Show the numbers</summary>
        <div className="chart__table-frame" role="region" aria-label={`${title}: the numbers`} tabIndex={0}>
          <table className="numbers-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{head}</th>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.table.rows.map(([rowHead, ...cells]) => (
                <tr key={rowHead}>
                  <th scope="row">{rowHead}</th>
                  {cells.map((cell, index) => (
                    <td key={columns[index] ?? index}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
