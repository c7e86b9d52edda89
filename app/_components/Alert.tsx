/** A message announced to screen readers as it appears: a form's failure, or one field's error. */
export function Alert({ message, className = "alert" }: { message: string | null | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p className={className} role="alert">
      {message}
    </p>
  );
}
