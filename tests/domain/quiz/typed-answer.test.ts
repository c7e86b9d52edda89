import { describe, expect, it } from "vitest";
import { gradeTypedAnswer, normaliseTypedAnswer } from "@/lib/domain/quiz/typed-answer";

const cloze = (answer: string, ...aliases: string[]) => ({ answer, accepted: [answer, ...aliases] });

describe("normaliseTypedAnswer", () => {
  it.each([
    ["  Gradient   Descent ", "gradientdescent"],
    ["k-fold", "kfold"],
    ["k–fold", "kfold"],
    ["k — fold", "kfold"],
    ["Bayes’ theorem", "bayestheorem"],
    ["“ReLU”", "relu"],
    ["naïve Bayes", "naivebayes"],
    ["Pearson’s r²", "pearsonsr2"],
    ["ﬁne-tuning", "finetuning"],
    ["?!.,;:()", ""],
  ])("%j -> %j", (text, normalised) => {
    expect(normaliseTypedAnswer(text)).toBe(normalised);
  });
});

describe("gradeTypedAnswer", () => {
  it("accepts the answer whatever its case, spacing and punctuation", () => {
    const item = cloze("cross-validation");
    for (const typed of ["cross-validation", "Cross Validation", "  CROSS   validation. ", "crossvalidation", "cross‐validation", "cross_validation"]) {
      expect(gradeTypedAnswer(typed, item)).toEqual({ verdict: "correct", matched: "cross-validation" });
    }
  });

  it("ignores accents in the answer and in the content", () => {
    expect(gradeTypedAnswer("naive bayes", cloze("naïve Bayes")).verdict).toBe("correct");
    expect(gradeTypedAnswer("Naïve Bayes", cloze("naive Bayes")).verdict).toBe("correct");
    // Precomposed and decomposed forms of the same letter are one letter.
    expect(gradeTypedAnswer("nai\u0308ve", cloze("na\u00efve")).verdict).toBe("correct");
  });

  it("accepts every accepted name and reports which one matched", () => {
    const item = cloze("logistic regression", "logit model");
    expect(gradeTypedAnswer("Logit model", item)).toEqual({ verdict: "correct", matched: "logit model" });
    expect(gradeTypedAnswer("logistic regression", item)).toEqual({ verdict: "correct", matched: "logistic regression" });
  });

  it("accepts the answer even when it is missing from the accepted names", () => {
    expect(gradeTypedAnswer("recall", { answer: "recall", accepted: ["sensitivity"] })).toEqual({ verdict: "correct", matched: "recall" });
  });

  it("prefers an exact match with one name over a typo match with an earlier one", () => {
    const item = cloze("dropouts", "dropout");
    expect(gradeTypedAnswer("dropout", item)).toEqual({ verdict: "correct", matched: "dropout" });
  });

  it("forgives one typo in a name of six or more letters", () => {
    const item = cloze("recall");
    expect(gradeTypedAnswer("recal", item)).toEqual({ verdict: "typo", matched: "recall" });
    expect(gradeTypedAnswer("recalll", item).verdict).toBe("typo");
    expect(gradeTypedAnswer("recoll", item).verdict).toBe("typo");
    expect(gradeTypedAnswer("Gradient Decsent", cloze("gradient descent")).verdict).toBe("typo");
  });

  it("counts swapped adjacent letters as one typo (Damerau), not two", () => {
    expect(gradeTypedAnswer("reacll", cloze("recall"))).toEqual({ verdict: "typo", matched: "recall" });
    expect(gradeTypedAnswer("precisoin", cloze("precision")).verdict).toBe("typo");
  });

  it("forgives a typo in an alias and names that alias", () => {
    expect(gradeTypedAnswer("sensitivty", cloze("recall", "sensitivity"))).toEqual({ verdict: "typo", matched: "sensitivity" });
  });

  it("wants names of five letters or fewer typed exactly", () => {
    expect(gradeTypedAnswer("gelu", cloze("ReLU")).verdict).toBe("wrong");
    expect(gradeTypedAnswer("lass", cloze("lasso")).verdict).toBe("wrong");
    expect(gradeTypedAnswer("lassoo", cloze("lasso")).verdict).toBe("wrong");
    // Six letters is the first length with a typo allowed; spaces and hyphens do not count.
    expect(gradeTypedAnswer("k-fold", cloze("k fold")).verdict).toBe("correct");
    expect(gradeTypedAnswer("k-fols", cloze("k-folds")).verdict).toBe("typo");
    expect(gradeTypedAnswer("k-fol", cloze("k-fold")).verdict).toBe("wrong");
  });

  it("marks two typos wrong, however long the name", () => {
    expect(gradeTypedAnswer("recoal", cloze("recall"))).toEqual({ verdict: "wrong" });
    expect(gradeTypedAnswer("regularisashun", cloze("regularisation")).verdict).toBe("wrong");
    expect(gradeTypedAnswer("rceal", cloze("recall")).verdict).toBe("wrong");
  });

  it("never takes a changed digit for a typo", () => {
    expect(gradeTypedAnswer("L2 regularisation", cloze("L1 regularisation")).verdict).toBe("wrong");
    expect(gradeTypedAnswer("word2vec", cloze("word2vec")).verdict).toBe("correct");
    expect(gradeTypedAnswer("word2vex", cloze("word2vec")).verdict).toBe("typo");
    expect(gradeTypedAnswer("wordvec", cloze("word2vec")).verdict).toBe("wrong");
  });

  it.each(["", "   ", "?!", "—"])("marks the empty answer %j wrong", (typed) => {
    expect(gradeTypedAnswer(typed, cloze("recall"))).toEqual({ verdict: "wrong" });
  });

  it("does not let an empty answer match a name made only of symbols", () => {
    expect(gradeTypedAnswer("", { answer: "?", accepted: ["?"] })).toEqual({ verdict: "wrong" });
  });

  it("marks a different word wrong", () => {
    expect(gradeTypedAnswer("precision", cloze("recall", "sensitivity"))).toEqual({ verdict: "wrong" });
  });
});
