// "What has happened so far?": starts from the visitor's country (their earlier choice in this browser,
// else the browser's languages) and keeps a new choice in this browser only; on the checker it shows the
// block once a result is there, with the channel guessed from the message. The steps themselves are
// shown by CSS from the choices. No request is made.
import { guessChannel } from '../lib/guess-channel';
import { rememberCountry } from '../lib/remembered-country';
import { visitorCountry } from '../lib/visitor-country';

const blocks = () => [...document.querySelectorAll<HTMLElement>('[data-what-happened]')];

startFromVisitorCountry();
// A live preview swaps in new content, blocks included.
document.addEventListener('redflags:content-replaced', startFromVisitorCountry);

function startFromVisitorCountry(): void {
  for (const block of blocks()) {
    const select = block.querySelector<HTMLSelectElement>('[data-country-choice]');
    if (!select) continue;
    // A choice made in this browser wins over what the server read from the language header.
    const country = visitorCountry({ pageCountry: select.value });
    if (country) select.value = country;
    select.addEventListener('change', () => rememberCountry(select.value));
  }
}

/** The checker island announces each result; the message stays in the page. */
document.addEventListener('redflags:checked', (event) => {
  const { text } = (event as CustomEvent<{ text: string }>).detail;
  const channel = guessChannel(text);
  for (const block of blocks()) {
    block.hidden = false;
    const radio = block.querySelector<HTMLInputElement>(`input[name="channel"][value="${channel}"]`);
    if (radio) radio.checked = true;
  }
});
