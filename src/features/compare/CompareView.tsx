export default function CompareView() {
  return (
    <section aria-labelledby="view-title">
      <h1 id="view-title">Sammenlign versioner</h1>
      <p>Denne visning er endnu ikke bygget.</p>
    </section>
  );
}
