// The minimal page the transcript is compared with (`npm run bench`): fetch the conversation's
// JSON through the same proxy and server, and write every turn into the DOM as plain text.
const session = new URLSearchParams(location.search).get('session') ?? '';
const token = sessionStorage.getItem('waa.token') ?? '';

const text = (block) => (typeof block.content === 'string' ? block.content : JSON.stringify(block));

const response = await fetch(`/api/anonymous-chat-interactions/by-session/${encodeURIComponent(session)}/`, {
  headers: { Accept: 'application/json', Authorization: `Token ${token}` },
});
const turns = await response.json();
const list = document.getElementById('turns');
const fragment = document.createDocumentFragment();
turns.forEach((turn, i) => {
  const article = document.createElement('article');
  article.setAttribute('aria-label', `Turn ${i + 1} of ${turns.length}`);
  article.textContent = `Turn ${i + 1} · ${turn.created}\nVisitor: ${turn.user_input}\nAssistant: ${turn.assistant_blocks.map(text).join('\n')}`;
  fragment.append(article);
});
list.append(fragment);
