import { describe, expect, it } from "vitest";
import { compileKnowledgeBase, formatProblem } from "@/lib/domain/content/compile-knowledge-base";
import { validConcepts, topicFile } from "../../support/content-fixtures";

// Each rule here exists because an audit of the first edition found the defect it names.

const FIRST = "supervised-alpha-method";

function messagesWithFirst(overrides: Record<string, unknown>): string[] {
  const concepts = validConcepts();
  concepts[0] = { ...concepts[0], ...overrides };
  return compileKnowledgeBase([topicFile("supervised", concepts)]).problems.map(formatProblem);
}

const prefix = `content/supervised.yaml: ${FIRST}`;

describe("cloze rules", () => {
  it("refuses a cloze that blanks a phrase or a whole clause", () => {
    expect(messagesWithFirst({ cloze: "the idea precisely" })).toEqual([
      `${prefix}: cloze: "the idea precisely" must be one key word (a hyphenated compound counts as one), not a phrase`,
    ]);
  });

  it("refuses a cloze that tests nothing", () => {
    expect(messagesWithFirst({ definition: "A method that explains the idea precisely.", cloze: "that" })[0]).toMatch(/tests nothing/);
  });

  it("refuses a cloze word that appears twice in the definition", () => {
    const definition = "A method that explains the idea and explains it precisely.";
    expect(messagesWithFirst({ definition })[0]).toMatch(/appears 2 times/);
  });

  it("refuses a cloze whose answer shows in the term (leave-one-out: 'one' was blanked under its own name)", () => {
    expect(messagesWithFirst({ term: "explaining method" })[0]).toMatch(/"explains" gives itself away: "explaining"/);
  });

  it("refuses a cloze whose answer shows inflected elsewhere in the definition (true positive: 'positives')", () => {
    const definition = "A count of positives that are predicted positive by the classifier.";
    expect(messagesWithFirst({ definition, cloze: "positive" })[0]).toMatch(/"positive" gives itself away: "positives"/);
  });

  it("accepts a hyphenated key word that is used once", () => {
    const definition = "A non-parametric method that explains the idea precisely.";
    expect(messagesWithFirst({ definition, cloze: "non-parametric" })).toEqual([]);
  });
});

describe("true/false rules", () => {
  it.each(["The term was coined in 1959.", "A factor that slows training.", "It always converges.", "These methods overfit."])(
    "refuses a statement with no subject: %s",
    (statement) => {
      expect(messagesWithFirst({ facts: [{ statement, false_twin: "Supervised alpha method never converges." }] })).toEqual([
        `${prefix}: facts.0.statement: is shown alone as a true/false card: name its subject instead of opening with a pronoun or "the term/rule/method"`,
      ]);
    },
  );

  it("accepts an opening that names the concept", () => {
    expect(messagesWithFirst({ facts: [{ statement: "The supervised alpha method converges.", false_twin: "It never converges, says supervised alpha method's author." }] })).toEqual([]);
  });
});

describe("compare rules", () => {
  const contrastWith = (difference: string) => ({ contrast: [{ id: "supervised-beta-method", difference }] });

  it.each(["These are both methods, but supervised beta method is newer.", "Here we mean supervised beta method."])("refuses a difference that loses its referent: %s", (difference) => {
    expect(messagesWithFirst(contrastWith(difference))[0]).toMatch(/opens without a referent/);
  });

  it("refuses a difference that does not name both concepts", () => {
    expect(messagesWithFirst(contrastWith("Supervised beta method's weights are learned; the other's are fixed."))).toEqual([
      `${prefix}: contrast.0.difference: must name "supervised alpha method" (its term or an alias): a compare answer names both concepts`,
    ]);
  });

  it("accepts a difference naming both, by term or alias, hyphenated or not", () => {
    const concepts = validConcepts();
    concepts[1] = { ...concepts[1], aliases: ["SBM"] };
    concepts[0] = { ...concepts[0], contrast: [{ id: "supervised-beta-method", difference: "Supervised-alpha methods are exact; SBM is approximate." }] };
    expect(compileKnowledgeBase([topicFile("supervised", concepts)]).problems).toEqual([]);
  });
});

describe("key points", () => {
  it("needs three to five distinct key points", () => {
    expect(messagesWithFirst({ key_points: ["One.", "Two."] })).toEqual([
      `${prefix}: key_points: needs 3-5 key points a good interview answer covers (has 2)`,
    ]);
    expect(messagesWithFirst({ key_points: ["One.", "Two.", "one."] })).toEqual([`${prefix}: key_points: repeats a key point`]);
    expect(messagesWithFirst({ key_points: ["1", "2", "3", "4", "5", "6"] })[0]).toMatch(/has 6/);
  });
});

describe("broader", () => {
  it("reports an unknown broader id and a cycle", () => {
    expect(messagesWithFirst({ broader: ["nowhere"] })).toEqual([`${prefix}: broader.0: unknown concept id "nowhere"`]);
    const concepts = validConcepts();
    concepts[0] = { ...concepts[0], broader: ["supervised-beta-method"] };
    concepts[1] = { ...concepts[1], broader: ["supervised-alpha-method"] };
    const messages = compileKnowledgeBase([topicFile("supervised", concepts)]).problems.map(formatProblem);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/supervised-alpha-method: broader: "is a kind of" goes round in a circle/)]));
  });
});
