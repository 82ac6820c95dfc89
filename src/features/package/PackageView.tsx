export function PackageView() {
  return (
    <section aria-labelledby="view-title">
      <h1 id="view-title">Dobbeltkompensation</h1>
      <p>Denne visning er endnu ikke bygget.</p>
    </section>
  );
}
