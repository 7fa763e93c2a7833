const feed = document.getElementById('feed');
const sentinel = document.getElementById('feed-sentinel');
const template = document.getElementById('post-template');

let cursor = feed.dataset.cursor || null;
let loading = false;
let finished = false;

function renderPost(post) {
  const node = template.content.cloneNode(true);
  node.querySelector('.post-title').textContent = post.title;
  node.querySelector('.post-author').textContent = post.author.name;
  const time = node.querySelector('time');
  time.dateTime = post.createdAt;
  time.textContent = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(post.createdAt));
  node.querySelector('.post-body').textContent = post.excerpt;
  node.querySelector('a').href = `/posts/${encodeURIComponent(post.slug)}`;
  return node;
}

async function loadMore() {
  if (loading || finished) return;
  loading = true;
  sentinel.classList.add('is-loading');
  try {
    const params = new URLSearchParams({ limit: '20' });
    if (cursor) params.set('after', cursor);
    const res = await fetch(`/api/posts?${params}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const { items, nextCursor } = await res.json();

    const frag = document.createDocumentFragment();
    items.forEach((p) => frag.appendChild(renderPost(p)));
    feed.appendChild(frag);

    cursor = nextCursor;
    if (!nextCursor) {
      finished = true;
      observer.disconnect();
      sentinel.textContent = 'You are all caught up.';
    }
  } catch (err) {
    sentinel.textContent = 'Could not load more posts. ';
    const retry = document.createElement('button');
    retry.textContent = 'Retry';
    retry.onclick = () => { sentinel.textContent = ''; loadMore(); };
    sentinel.appendChild(retry);
  } finally {
    loading = false;
    sentinel.classList.remove('is-loading');
  }
}

const observer = new IntersectionObserver((entries) => {
  if (entries.some((e) => e.isIntersecting)) loadMore();
}, { rootMargin: '600px 0px' });

observer.observe(sentinel);
