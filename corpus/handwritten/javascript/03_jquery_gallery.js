$(function () {
    var $gallery = $('#gallery'),
        $overlay = $('<div class="lightbox"><img><a class="close" href="#">&times;</a></div>').appendTo('body').hide(),
        current = 0,
        $items = $gallery.find('a.thumb');

    function show(index) {
        if (index < 0) index = $items.length - 1;
        if (index >= $items.length) index = 0;
        current = index;
        var src = $items.eq(index).attr('href');
        $overlay.find('img').attr('src', src);
        $overlay.fadeIn(200);
    }

    $items.on('click', function (e) {
        e.preventDefault();
        show($items.index(this));
    });

    $overlay.on('click', '.close', function (e) {
        e.preventDefault();
        $overlay.fadeOut(150);
    });

    $(document).on('keydown', function (e) {
        if (!$overlay.is(':visible')) return;
        switch (e.which) {
            case 37: show(current - 1); break;
            case 39: show(current + 1); break;
            case 27: $overlay.fadeOut(150); break;
        }
    });
});
