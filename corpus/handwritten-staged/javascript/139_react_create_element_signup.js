'use strict';

// Multi-field signup form with validation, built without JSX.
// Expects React 18 and ReactDOM on window.

(function () {
  var e = React.createElement;
  var useState = React.useState;
  var useReducer = React.useReducer;
  var useMemo = React.useMemo;

  var RULES = {
    username: function (v) {
      if (!v) return 'Pick a username';
      if (!/^[a-z0-9_]{3,20}$/i.test(v)) return '3-20 letters, digits or underscores';
      return null;
    },
    email: function (v) {
      return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) ? null : 'Enter a valid email';
    },
    password: function (v) {
      if (v.length < 10) return 'At least 10 characters';
      if (!/[0-9]/.test(v) || !/[a-z]/i.test(v)) return 'Use letters and numbers';
      return null;
    },
    confirm: function (v, all) {
      return v === all.password ? null : 'Passwords do not match';
    },
    terms: function (v) {
      return v ? null : 'You must accept the terms';
    }
  };

  var initial = {
    values: { username: '', email: '', password: '', confirm: '', terms: false },
    touched: {},
    status: 'idle',
    serverError: null
  };

  function reducer(state, action) {
    switch (action.type) {
      case 'change':
        return Object.assign({}, state, {
          values: Object.assign({}, state.values, { [action.name]: action.value })
        });
      case 'blur':
        return Object.assign({}, state, { touched: Object.assign({}, state.touched, { [action.name]: true }) });
      case 'submit':
        return Object.assign({}, state, {
          status: 'submitting',
          serverError: null,
          touched: Object.keys(RULES).reduce(function (t, k) { t[k] = true; return t; }, {})
        });
      case 'invalid':
        return Object.assign({}, state, { status: 'idle' });
      case 'success':
        return Object.assign({}, state, { status: 'done' });
      case 'failure':
        return Object.assign({}, state, { status: 'idle', serverError: action.message });
      default:
        return state;
    }
  }

  function validate(values) {
    var errors = {};
    Object.keys(RULES).forEach(function (k) {
      var msg = RULES[k](values[k], values);
      if (msg) errors[k] = msg;
    });
    return errors;
  }

  function Field(props) {
    var id = 'f-' + props.name;
    var error = props.touched && props.error;
    return e('div', { className: 'field' + (error ? ' has-error' : '') },
      e('label', { htmlFor: id }, props.label),
      e('input', {
        id: id,
        name: props.name,
        type: props.type || 'text',
        value: props.value,
        autoComplete: props.autoComplete,
        'aria-invalid': Boolean(error),
        'aria-describedby': error ? id + '-err' : undefined,
        onChange: function (ev) { props.dispatch({ type: 'change', name: props.name, value: ev.target.value }); },
        onBlur: function () { props.dispatch({ type: 'blur', name: props.name }); }
      }),
      error ? e('p', { id: id + '-err', className: 'error' }, error) : null
    );
  }

  function StrengthMeter(props) {
    var score = 0;
    if (props.value.length >= 10) score++;
    if (/[A-Z]/.test(props.value) && /[a-z]/.test(props.value)) score++;
    if (/[0-9]/.test(props.value)) score++;
    if (/[^A-Za-z0-9]/.test(props.value)) score++;
    var labels = ['weak', 'fair', 'good', 'strong', 'excellent'];
    return e('meter', { min: 0, max: 4, value: score, title: labels[score] });
  }

  function SignupForm(props) {
    var pair = useReducer(reducer, initial);
    var state = pair[0];
    var dispatch = pair[1];
    var errors = useMemo(function () { return validate(state.values); }, [state.values]);
    var showPw = useState(false);

    function onSubmit(ev) {
      ev.preventDefault();
      dispatch({ type: 'submit' });
      if (Object.keys(errors).length) {
        dispatch({ type: 'invalid' });
        return;
      }
      fetch(props.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: state.values.username, email: state.values.email, password: state.values.password })
      })
        .then(function (res) {
          if (res.ok) return dispatch({ type: 'success' });
          return res.json().then(function (body) { dispatch({ type: 'failure', message: body.error || 'Signup failed' }); });
        })
        .catch(function () { dispatch({ type: 'failure', message: 'Network error, try again' }); });
    }

    if (state.status === 'done') {
      return e('div', { className: 'signup-done', role: 'status' },
        e('h2', null, 'Welcome, ' + state.values.username + '!'),
        e('p', null, 'Check ' + state.values.email + ' for a confirmation link.'));
    }

    function field(name, label, extra) {
      return e(Field, Object.assign({
        name: name, label: label, value: state.values[name],
        error: errors[name], touched: state.touched[name], dispatch: dispatch
      }, extra));
    }

    return e('form', { className: 'signup', noValidate: true, onSubmit: onSubmit },
      state.serverError ? e('div', { className: 'alert', role: 'alert' }, state.serverError) : null,
      field('username', 'Username', { autoComplete: 'username' }),
      field('email', 'Email', { type: 'email', autoComplete: 'email' }),
      field('password', 'Password', { type: showPw[0] ? 'text' : 'password', autoComplete: 'new-password' }),
      e(StrengthMeter, { value: state.values.password }),
      e('button', { type: 'button', className: 'link', onClick: function () { showPw[1](!showPw[0]); } },
        showPw[0] ? 'Hide password' : 'Show password'),
      field('confirm', 'Confirm password', { type: 'password', autoComplete: 'new-password' }),
      e('label', { className: 'checkbox' },
        e('input', {
          type: 'checkbox', checked: state.values.terms,
          onChange: function (ev) { dispatch({ type: 'change', name: 'terms', value: ev.target.checked }); }
        }),
        ' I accept the ', e('a', { href: '/terms', target: '_blank', rel: 'noopener' }, 'terms of service')),
      state.touched.terms && errors.terms ? e('p', { className: 'error' }, errors.terms) : null,
      e('button', { type: 'submit', disabled: state.status === 'submitting' },
        state.status === 'submitting' ? 'Creating account...' : 'Create account')
    );
  }

  var mount = document.getElementById('signup-root');
  if (mount) {
    ReactDOM.createRoot(mount).render(e(SignupForm, { action: mount.dataset.action || '/api/signup' }));
  }
})();
