// The four FSRS grades as the quiz names them, shared by server and client components (a
// "use client" module's exports other than components are not usable on the server).
export const RATINGS = [
  { rating: 1, label: "Again" },
  { rating: 2, label: "Hard" },
  { rating: 3, label: "Good" },
  { rating: 4, label: "Easy" },
] as const;

export const ratingLabel = (rating: number | null) => RATINGS.find((entry) => entry.rating === rating)?.label ?? String(rating ?? "");
