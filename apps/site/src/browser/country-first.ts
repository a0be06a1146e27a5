// Moves the visitor's own country to the top of a list of countries: their earlier choice in this
// browser, else the browser's language settings (en-GB → United Kingdom). Nothing is sent anywhere;
// without JavaScript the order stays. Runs again when a live preview swaps in new content.
import { visitorCountry } from '../lib/visitor-country';

putVisitorCountryFirst();
document.addEventListener('redflags:content-replaced', putVisitorCountryFirst);

function putVisitorCountryFirst(): void {
  const visitor = visitorCountry();
  for (const container of document.querySelectorAll<HTMLElement>('[data-report-countries]')) {
    const mine = container.querySelector<HTMLElement>(`:scope > [data-country="${visitor ?? ''}"]`);
    if (!mine) continue;
    container.prepend(mine);
    mine.dataset.visitorCountry = 'true';
  }
}
