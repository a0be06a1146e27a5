// Moves the visitor's own country to the top of "where to report", from the browser's language
// settings (en-GB → United Kingdom). Nothing is sent anywhere; without JavaScript the order stays.
// Runs again when a live preview swaps in new content.
putVisitorCountryFirst();
document.addEventListener('redflags:content-replaced', putVisitorCountryFirst);

function putVisitorCountryFirst(): void {
  for (const container of document.querySelectorAll<HTMLElement>('[data-report-countries]')) {
    const sections = [...container.querySelectorAll<HTMLElement>(':scope > [data-country]')];
    const regions = navigator.languages.map((tag) => tag.split('-')[1]?.toUpperCase()).filter((r): r is string => Boolean(r));
    const region = regions[0];
    if (region === undefined) continue;
    const mine =
      sections.find((s) => (s.dataset.regions ?? '').split(' ').includes(region)) ??
      sections.find((s) => s.dataset.country === 'other');
    if (mine && mine !== sections[0]) {
      container.prepend(mine);
      mine.dataset.visitorCountry = 'true';
    }
  }
}
