export function EstimateView() {
  return (
    <section aria-labelledby="view-title">
      <h1 id="view-title">Estimat af støtte</h1>
    </section>
  );
}
