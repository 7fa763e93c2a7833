$(function () {
  var $form = $('#newsletter');
  var $msg = $form.find('.form-message');

  $form.on('submit', function (e) {
    e.preventDefault();
    var $btn = $form.find('button[type=submit]').prop('disabled', true).text('Sending...');

    $.ajax({
      url: $form.attr('action'),
      method: 'POST',
      data: $form.serialize(),
      dataType: 'json'
    })
      .done(function (res) {
        $msg.removeClass('error').addClass('success').text(res.message || 'Thanks for subscribing!');
        $form[0].reset();
      })
      .fail(function (xhr) {
        var text = (xhr.responseJSON && xhr.responseJSON.error) || 'Something went wrong, please try again.';
        $msg.removeClass('success').addClass('error').text(text);
      })
      .always(function () {
        $btn.prop('disabled', false).text('Subscribe');
        $msg.hide().fadeIn(200);
      });
  });
});
