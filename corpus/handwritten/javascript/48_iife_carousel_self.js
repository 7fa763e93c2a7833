// Carousel — no framework, works back to IE9.
// new Carousel(document.getElementById('promo'), { interval: 6000 })

var Carousel = (function () {
    'use strict';

    function extend(target) {
        for (var i = 1; i < arguments.length; i++) {
            var src = arguments[i];
            for (var key in src) {
                if (Object.prototype.hasOwnProperty.call(src, key)) {
                    target[key] = src[key];
                }
            }
        }
        return target;
    }

    function addClass(el, cls) {
        if (el.classList) el.classList.add(cls);
        else if ((' ' + el.className + ' ').indexOf(' ' + cls + ' ') < 0) el.className += ' ' + cls;
    }

    function removeClass(el, cls) {
        if (el.classList) el.classList.remove(cls);
        else el.className = (' ' + el.className + ' ').replace(' ' + cls + ' ', ' ').replace(/^\s+|\s+$/g, '');
    }

    var DEFAULTS = {
        interval: 5000,
        pauseOnHover: true,
        loop: true,
        dots: true,
        slideSelector: '.slide',
        onSlide: null
    };

    function Carousel(root, options) {
        if (!(this instanceof Carousel)) return new Carousel(root, options);

        var self = this;
        this.root = root;
        this.options = extend({}, DEFAULTS, options || {});
        this.slides = root.querySelectorAll(this.options.slideSelector);
        this.index = 0;
        this.timer = null;
        this.dots = [];

        if (this.slides.length < 2) return;

        this._buildControls();

        if (this.options.pauseOnHover) {
            root.addEventListener('mouseenter', function () { self.pause(); }, false);
            root.addEventListener('mouseleave', function () { self.play(); }, false);
        }

        root.addEventListener('keydown', function (e) {
            var key = e.keyCode || e.which;
            if (key === 37) { self.prev(); e.preventDefault(); }
            if (key === 39) { self.next(); e.preventDefault(); }
        }, false);

        var startX = null;
        root.addEventListener('touchstart', function (e) {
            startX = e.touches[0].clientX;
        }, false);
        root.addEventListener('touchend', function (e) {
            if (startX === null) return;
            var dx = e.changedTouches[0].clientX - startX;
            if (Math.abs(dx) > 40) {
                if (dx < 0) self.next(); else self.prev();
            }
            startX = null;
        }, false);

        this.goTo(0);
        this.play();
    }

    Carousel.prototype._buildControls = function () {
        var self = this;
        var prevBtn = document.createElement('button');
        var nextBtn = document.createElement('button');
        prevBtn.className = 'carousel-prev';
        nextBtn.className = 'carousel-next';
        prevBtn.innerHTML = '&lsaquo;';
        nextBtn.innerHTML = '&rsaquo;';
        prevBtn.setAttribute('aria-label', 'Previous slide');
        nextBtn.setAttribute('aria-label', 'Next slide');
        prevBtn.onclick = function () { self.prev(); self.restart(); };
        nextBtn.onclick = function () { self.next(); self.restart(); };
        this.root.appendChild(prevBtn);
        this.root.appendChild(nextBtn);

        if (this.options.dots) {
            var nav = document.createElement('div');
            nav.className = 'carousel-dots';
            for (var i = 0; i < this.slides.length; i++) {
                (function (n) {
                    var dot = document.createElement('button');
                    dot.setAttribute('aria-label', 'Go to slide ' + (n + 1));
                    dot.onclick = function () { self.goTo(n); self.restart(); };
                    nav.appendChild(dot);
                    self.dots.push(dot);
                })(i);
            }
            this.root.appendChild(nav);
        }
    };

    Carousel.prototype.goTo = function (n) {
        var count = this.slides.length;
        if (n < 0) n = this.options.loop ? count - 1 : 0;
        if (n >= count) n = this.options.loop ? 0 : count - 1;

        for (var i = 0; i < count; i++) {
            removeClass(this.slides[i], 'is-active');
            this.slides[i].setAttribute('aria-hidden', 'true');
            if (this.dots[i]) removeClass(this.dots[i], 'is-active');
        }
        addClass(this.slides[n], 'is-active');
        this.slides[n].removeAttribute('aria-hidden');
        if (this.dots[n]) addClass(this.dots[n], 'is-active');

        var previous = this.index;
        this.index = n;
        if (typeof this.options.onSlide === 'function' && previous !== n) {
            this.options.onSlide.call(this, n, previous);
        }
    };

    Carousel.prototype.next = function () { this.goTo(this.index + 1); };
    Carousel.prototype.prev = function () { this.goTo(this.index - 1); };

    Carousel.prototype.play = function () {
        var self = this;
        if (this.timer || !this.options.interval) return;
        this.timer = window.setInterval(function () { self.next(); }, this.options.interval);
    };

    Carousel.prototype.pause = function () {
        window.clearInterval(this.timer);
        this.timer = null;
    };

    Carousel.prototype.restart = function () {
        this.pause();
        this.play();
    };

    return Carousel;
})();

if (typeof module !== 'undefined' && module.exports) {
    module.exports = Carousel;
}
