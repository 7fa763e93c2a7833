const io = new IntersectionObserver((entries, obs) => {
  entries.forEach(({ isIntersecting, target }) => {
    if (!isIntersecting) return;
    target.src = target.dataset.src;
    if (target.dataset.srcset) target.srcset = target.dataset.srcset;
    target.classList.add('loaded');
    obs.unobserve(target);
  });
}, { rootMargin: '200px 0px' });

document.querySelectorAll('img[data-src]').forEach((img) => io.observe(img));
