import { describe, expect, it } from "vitest";
import { compileKnowledgeBase, formatProblem, type ContentFile } from "@/lib/domain/content/compile-knowledge-base";
import { rawConcept, topicFile, validConcepts } from "../../support/content-fixtures";

function problemsOf(files: ContentFile[]) {
  return compileKnowledgeBase(files).problems;
}

function withFirst(overrides: Record<string, unknown>) {
  const concepts = validConcepts();
  concepts[0] = { ...concepts[0], ...overrides };
  for (const key of Object.keys(overrides)) if (overrides[key] === undefined) delete concepts[0][key];
  return [topicFile("supervised", concepts)];
}

const FIRST = "supervised-alpha-method";

describe("compileKnowledgeBase", () => {
  it("compiles valid files with no problems, concepts tagged with their topic", () => {
    const { knowledgeBase, problems } = compileKnowledgeBase([topicFile("supervised", validConcepts())]);
    expect(problems).toEqual([]);
    expect(knowledgeBase.concepts).toHaveLength(4);
    expect(knowledgeBase.concepts[0]).toMatchObject({ id: FIRST, topic: "supervised", facts: [{ statement: "A true statement.", falseTwin: "A false statement." }] });
  });

  it("reports invalid YAML with the file", () => {
    expect(problemsOf([{ path: "content/nlp.yaml", text: "topic: nlp\nconcepts: [unclosed" }])[0]).toMatchObject({
      file: "content/nlp.yaml",
      message: expect.stringMatching(/not valid YAML/),
    });
  });

  it("reports an unknown topic", () => {
    expect(problemsOf([topicFile("astrology", validConcepts())])[0]).toMatchObject({ field: "topic" });
  });

  it("reports a topic in the wrong file", () => {
    expect(problemsOf([topicFile("supervised", validConcepts(), "content/nlp.yaml")])[0]).toMatchObject({
      field: "topic",
      message: 'topic "supervised" belongs in supervised.yaml',
    });
  });

  it("reports a missing field with file, concept id and field", () => {
    const [problem] = problemsOf(withFirst({ definition: undefined }));
    expect(problem).toMatchObject({ file: "content/supervised.yaml", conceptId: FIRST, field: "definition" });
    expect(formatProblem(problem)).toMatch(/^content\/supervised\.yaml: supervised-alpha-method: definition: /);
  });

  it("reports a field of the wrong type", () => {
    expect(problemsOf(withFirst({ aliases: "KNN" }))[0]).toMatchObject({ conceptId: FIRST, field: "aliases" });
  });

  it("reports an unknown field (a typo such as falsetwin)", () => {
    expect(problemsOf(withFirst({ explanaton: "typo" }))[0]).toMatchObject({ conceptId: FIRST, message: expect.stringMatching(/explanaton/) });
  });

  it("reports an id that is not kebab-case", () => {
    expect(problemsOf(withFirst({ id: "Bad_Id" }))[0]).toMatchObject({ conceptId: "Bad_Id", field: "id" });
  });

  it("reports a duplicate id across files", () => {
    const duplicate = rawConcept(FIRST, { related: ["nlp-alpha-method"] });
    const problems = problemsOf([topicFile("supervised", validConcepts()), topicFile("nlp", [...validConcepts("nlp"), duplicate])]);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: "content/supervised.yaml", conceptId: FIRST, field: "id", message: "duplicate id, already used in content/nlp.yaml" }),
    );
  });

  it("reports an unknown id in related and in contrast", () => {
    const problems = problemsOf(
      withFirst({ related: ["supervised-beta-method", "no-such-concept"], contrast: [{ id: "ghost", difference: "x" }] }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ conceptId: FIRST, field: "related.1", message: 'unknown concept id "no-such-concept"' }));
    expect(problems).toContainEqual(expect.objectContaining({ conceptId: FIRST, field: "contrast.0.id", message: 'unknown concept id "ghost"' }));
  });

  it("reports a cloze phrase missing from the definition", () => {
    expect(problemsOf(withFirst({ cloze: "not in there" }))[0]).toMatchObject({ conceptId: FIRST, field: "cloze" });
  });

  it("reports a definition that gives away the term or an alias", () => {
    expect(problemsOf(withFirst({ aliases: ["number"] }))[0]).toMatchObject({
      conceptId: FIRST,
      field: "definition",
      message: expect.stringMatching(/"number"/),
    });
  });

  it("reports a definition longer than three sentences", () => {
    const definition = "One explains the idea precisely. Two. Three. Four.";
    expect(problemsOf(withFirst({ definition }))[0]).toMatchObject({ field: "definition", message: expect.stringMatching(/4 sentences/) });
  });

  it("reports a missing reference and a reference that is not a URL", () => {
    expect(problemsOf(withFirst({ references: [] }))[0]).toMatchObject({ field: "references" });
    expect(problemsOf(withFirst({ references: [{ title: "t", url: "ftp://x" }] }))[0]).toMatchObject({ field: "references.0.url" });
  });

  it("reports a concept that cannot get three distinct distractors", () => {
    const lonely = [rawConcept("only-one", { related: ["only-two"] }), rawConcept("only-two", { related: ["only-one"] })];
    const problems = problemsOf([topicFile("roles", lonely)]);
    expect(problems).toContainEqual(expect.objectContaining({ conceptId: "only-one", message: expect.stringMatching(/3 honest distractors/) }));
  });

  it("collects every problem instead of stopping at the first", () => {
    const concepts = validConcepts();
    concepts[0] = { ...concepts[0], cloze: "absent phrase" };
    concepts[1] = { ...concepts[1], related: ["nowhere"] };
    expect(problemsOf([topicFile("supervised", concepts)]).length).toBeGreaterThanOrEqual(2);
  });
});
