export function DeadlinesView() {
  return (
    <section aria-labelledby="view-title">
      <h1 id="view-title">Frister</h1>
      <p>Denne visning er endnu ikke bygget.</p>
    </section>
  );
}
