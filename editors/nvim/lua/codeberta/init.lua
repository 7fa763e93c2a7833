-- codeberta for Neovim: detect the language of buffers Neovim does not know,
-- set 'filetype' from it, and learn from the corrections you make.
--
--   require('codeberta').setup({})
--
-- See :help codeberta and docs/lsp.md for the server's protocol.

local langs = require('codeberta.languages')

local M = {}

local api = vim.api
local uv = vim.uv or vim.loop

local NAME = 'codeberta'
local group = nil --- @type integer?

--- @class codeberta.Config
--- @field cmd string[]? server command (default { 'codeberta-lsp', '--stdio' })
--- @field model string? model bundle folder (passed as --model)
--- @field data_dir string? corrections and learned models (passed as --data-dir)
--- @field cmd_env table<string,string>? extra environment for the server
--- @field settings table server settings (initializationOptions, docs/lsp.md)
--- @field auto_apply boolean set 'filetype' from a confident suggestion
--- @field record_corrections boolean a manual :set ft= after a suggestion is a correction
--- @field unknown_filetypes string[] filetypes that mean "Neovim does not know"
--- @field scratch_buftypes string[] buftypes of unnamed buffers that are classified
--- @field filetypes table<string,string> language id -> filetype overrides
--- @field notify boolean say so with vim.notify when a filetype is set or a correction recorded
local defaults = {
  cmd = nil,
  model = nil,
  data_dir = nil,
  cmd_env = nil,
  settings = {},
  auto_apply = true,
  record_corrections = true,
  unknown_filetypes = { '', 'text', 'conf' },
  scratch_buftypes = { '', 'nofile' },
  filetypes = {},
  notify = true,
}

--- The active configuration (nil until setup()).
--- @type codeberta.Config?
M.config = nil

--- Per-buffer state.
--- @class codeberta.BufState
--- @field guesses {languageId:string,confidence:number}[]? last guesses
--- @field reason string? why the last classification made no model guess / which rule decided
--- @field suggestion string? language id we suggest now
--- @field confidence number? its confidence
--- @field applied string? filetype we set
--- @field applied_id string? language id we set it from
--- @field user boolean the user chose the filetype after our suggestion
--- @field setting string? filetype being set by us right now
--- @field loading boolean the buffer is being (re)read: filetype detection is not the user
--- @field corrections {language:string,path:string}[] corrections recorded
--- @field tick integer? changedtick last classified (unnamed buffers)
--- @field timer uv.uv_timer_t? debounce timer (unnamed buffers)
--- @field watching boolean nvim_buf_attach active (unnamed buffers)

--- @type table<integer, codeberta.BufState>
local bufs = {}

--- Progress of a running retrain ({ title, percentage }), nil when idle.
local progress = nil --- @type {title:string?,percentage:integer?,message:string?}?
--- The last retrain result ({ status, message }).
M.last_retrain = nil

local pending = {} --- @type fun(client: vim.lsp.Client)[]
local start_failed = false
local started_at = nil --- @type integer?

-- Helpers ----------------------------------------------------------------

local function cfg()
  return M.config or defaults
end

--- A server setting, flat or under a `codeberta` key, or its default.
local function setting(key, default)
  local s = cfg().settings or {}
  local v = s[key]
  if v == nil and type(s.codeberta) == 'table' then
    v = s.codeberta[key]
  end
  if v == nil then
    return default
  end
  return v
end

local function threshold()
  return setting('confidenceThreshold', 0.6)
end

local function say(msg, level)
  if cfg().notify or (level and level >= vim.log.levels.WARN) then
    vim.notify(msg, level or vim.log.levels.INFO, { title = NAME })
  end
end

local function emit(pattern, data)
  pcall(api.nvim_exec_autocmds, 'User', { pattern = pattern, modeline = false, data = data })
  pcall(vim.cmd.redrawstatus)
end

local function state(buf)
  local st = bufs[buf]
  if not st then
    st = { user = false, loading = false, corrections = {}, watching = false }
    bufs[buf] = st
  end
  return st
end

--- Buffer state for tests and statuslines (nil when codeberta never looked at it).
--- @param buf integer?
--- @return codeberta.BufState?
function M.state(buf)
  if buf == nil or buf == 0 then
    buf = api.nvim_get_current_buf()
  end
  return bufs[buf]
end

local function contains(list, value)
  for _, v in ipairs(list) do
    if v == value then
      return true
    end
  end
  return false
end

local function is_unknown_ft(ft)
  return contains(cfg().unknown_filetypes, ft)
end

--- Whether Neovim does not know this buffer's language (or we set it and may
--- still change our mind), and the user has not chosen one.
local function is_candidate(buf)
  if not api.nvim_buf_is_valid(buf) or not api.nvim_buf_is_loaded(buf) then
    return false
  end
  local st = bufs[buf]
  if st and st.user then
    return false
  end
  local bt = vim.bo[buf].buftype
  local name = api.nvim_buf_get_name(buf)
  if name == '' then
    if not contains(cfg().scratch_buftypes, bt) then
      return false
    end
    if bt ~= '' and not vim.bo[buf].buflisted then
      return false -- a plugin's private buffer
    end
  elseif bt ~= '' then
    return false
  end
  local ft = vim.bo[buf].filetype
  return is_unknown_ft(ft) or (st ~= nil and st.applied ~= nil and st.applied == ft)
end

--- The text the server would classify: lines joined as Neovim's LSP client
--- sends them, cut at a character boundary after `maxClassifyBytes`.
local function buf_text(buf)
  local lines = api.nvim_buf_get_lines(buf, 0, -1, false)
  local text = table.concat(lines, '\n')
  if vim.bo[buf].eol and #lines > 0 then
    text = text .. '\n'
  end
  local max = setting('maxClassifyBytes', 65536)
  if #text > max then
    local cut = max
    while cut > 0 do
      local b = text:byte(cut + 1)
      if not b or b < 0x80 or b >= 0xC0 then
        break
      end
      cut = cut - 1
    end
    text = text:sub(1, cut)
  end
  return text
end

local function long_enough(text)
  local min = setting('minContentLength', 20)
  local n = 0
  for _ in text:gmatch('%S') do
    n = n + 1
    if n >= min then
      return true
    end
  end
  return n >= min
end

local function pct(c)
  return math.floor((c or 0) * 100 + 0.5)
end

--- "Python 93% · Ruby 4%"
local function describe(guesses)
  local parts = {}
  for _, g in ipairs(guesses or {}) do
    parts[#parts + 1] = ('%s (%s) %d%%'):format(langs.name(g.languageId), g.languageId, pct(g.confidence))
  end
  return table.concat(parts, ' · ')
end

-- The client ---------------------------------------------------------------

--- The running codeberta client, if any.
--- @return vim.lsp.Client?
function M.client()
  return vim.lsp.get_clients({ name = NAME })[1]
end

local function server_cmd()
  local c = cfg()
  local cmd = vim.deepcopy(c.cmd or { 'codeberta-lsp', '--stdio' })
  if c.model then
    vim.list_extend(cmd, { '--model', vim.fs.normalize(c.model) })
  end
  if c.data_dir then
    vim.list_extend(cmd, { '--data-dir', vim.fs.normalize(c.data_dir) })
  end
  return cmd
end
M._server_cmd = server_cmd

local function init_options()
  -- The plugin records corrections itself (see on_filetype); the server's
  -- inference from close + reopen would record a reload a second time.
  local s = vim.deepcopy(cfg().settings or {})
  local flat = type(s.codeberta) == 'table' and s.codeberta or s
  if flat.inferCorrections == nil then
    flat.inferCorrections = false
  end
  return s
end

local function capabilities()
  local caps = vim.lsp.protocol.make_client_capabilities()
  caps.experimental = vim.tbl_deep_extend('force', caps.experimental or {}, {
    codeberta = { detectedLanguage = true },
  })
  return caps
end

local function reuse(client, config)
  return client.name == config.name and not client:is_stopped()
end

local function flush_pending(client)
  local queue = pending
  pending = {}
  for _, fn in ipairs(queue) do
    local ok, err = pcall(fn, client)
    if not ok then
      say('codeberta: ' .. tostring(err), vim.log.levels.ERROR)
    end
  end
end

local on_detected -- forward

local function client_config()
  return {
    name = NAME,
    cmd = server_cmd(),
    cmd_env = cfg().cmd_env,
    init_options = init_options(),
    capabilities = capabilities(),
    handlers = {
      ['codeberta/detectedLanguage'] = function(err, params, ctx)
        if not err and params then
          on_detected(params, ctx)
        end
      end,
      -- Through vim.notify, like the plugin's own messages (notification
      -- plugins show them; Neovim's default only echoes).
      ['window/showMessage'] = function(_, params)
        if params and params.message then
          local levels = { vim.log.levels.ERROR, vim.log.levels.WARN, vim.log.levels.INFO, vim.log.levels.DEBUG }
          vim.notify(params.message, levels[params.type] or vim.log.levels.INFO, { title = NAME })
        end
        return vim.NIL
      end,
    },
    get_language_id = function(_, ft)
      if is_unknown_ft(ft) then
        return 'plaintext'
      end
      return langs.language_id(ft)
    end,
    on_init = function(client)
      start_failed = false
      vim.schedule(function()
        flush_pending(client)
      end)
    end,
    on_exit = function(code, signal)
      pending = {}
      progress = nil
      if code ~= 0 then
        -- One that dies right away (no ONNX Runtime, a bad model) is not
        -- restarted for every buffer; :CodeBERTaDetect or setup() retries.
        local early = started_at and (uv.now() - started_at) < 10000
        if early then
          start_failed = true
          vim.schedule(function()
            say(
              ('codeberta: the server failed to start (code %s, signal %s); not restarting it for '
                .. 'other buffers until :CodeBERTaDetect or setup(); see :checkhealth codeberta and :LspLog')
                :format(code, signal),
              vim.log.levels.WARN
            )
          end)
        end
        -- Neovim itself reports any other non-zero exit.
      end
    end,
  }
end

--- Whether the server failed to start (it is not restarted until an explicit
--- command or setup()).
function M.start_failed()
  return start_failed
end

--- Starts the server (once) and attaches `buf` when given.
--- @param buf integer?
--- @return vim.lsp.Client?
local function start(buf)
  if start_failed then
    return nil
  end
  local cmd = server_cmd()
  if vim.fn.executable(cmd[1]) ~= 1 then
    start_failed = true
    say(
      ('codeberta: %s is not executable; install codeberta-lsp or set cmd in setup(); '
        .. 'see :checkhealth codeberta'):format(cmd[1]),
      vim.log.levels.ERROR
    )
    return nil
  end
  local opts = { reuse_client = reuse, silent = false }
  if buf then
    opts.bufnr = buf
  else
    opts.attach = false
  end
  if not M.client() then
    started_at = uv.now()
  end
  local id = vim.lsp.start(client_config(), opts)
  return id and vim.lsp.get_client_by_id(id) or nil
end

--- Runs fn(client) once the server is initialized.
local function with_client(fn)
  local client = M.client() or start(nil)
  if not client then
    return false
  end
  if client.initialized then
    fn(client)
  else
    pending[#pending + 1] = fn
  end
  return true
end

local function attached(buf)
  return #vim.lsp.get_clients({ name = NAME, bufnr = buf }) > 0
end

local function buf_for_uri(client_id, uri)
  for _, b in ipairs(vim.lsp.get_buffers_by_client_id(client_id)) do
    if vim.uri_from_bufnr(b) == uri then
      return b
    end
  end
  return nil
end

-- Applying a language --------------------------------------------------------

--- Sets `buf`'s filetype to the language `id` on our behalf.
--- @param buf integer
--- @param id string language id
--- @param why string? shown in the message
local function apply(buf, id, why)
  if not api.nvim_buf_is_valid(buf) then
    return
  end
  local st = state(buf)
  local ft = langs.filetype(id)
  st.suggestion = id
  st.applied = ft
  st.applied_id = id
  st.user = false
  if vim.bo[buf].filetype ~= ft then
    st.setting = ft
    local ok, err = pcall(function()
      vim.bo[buf].filetype = ft
    end)
    st.setting = nil
    if not ok then
      say(('codeberta: could not set filetype %s: %s'):format(ft, err), vim.log.levels.ERROR)
      return
    end
    say(('codeberta: filetype set to %s (%s%s)'):format(ft, langs.name(id), why and (', ' .. why) or ''))
  end
  emit('CodeBERTaApplied', { buf = buf, languageId = id, filetype = ft })
end

--- Adopts a suggestion for `buf`; applies it when allowed.
local function suggest(buf, id, confidence, guesses)
  local st = state(buf)
  st.guesses = guesses
  st.suggestion = id
  st.confidence = id and confidence or nil
  emit('CodeBERTaDetected', { buf = buf, languageId = id, guesses = guesses })
  if id and cfg().auto_apply and is_candidate(buf) then
    apply(buf, id, ('%d%%'):format(pct(confidence)))
  end
end

--- The hysteresis of the server (crates/codeberta-lsp/src/hysteresis.rs),
--- for classifications we asked for ourselves.
local function next_suggestion(current, guesses)
  local top = guesses[1]
  if not top then
    return nil
  end
  local t, margin = threshold(), setting('hysteresisMargin', 0.15)
  if current then
    local cur_conf = 0
    for _, g in ipairs(guesses) do
      if g.languageId == current then
        cur_conf = g.confidence
        break
      end
    end
    local plausible = cur_conf >= t - margin
    local not_beaten = top.languageId == current or top.confidence < cur_conf + margin
    if plausible and not_beaten then
      return current
    end
  end
  if top.confidence >= t then
    return top.languageId
  end
  return nil
end

local function confidence_of(guesses, id)
  for _, g in ipairs(guesses or {}) do
    if g.languageId == id then
      return g.confidence
    end
  end
  return nil
end

--- A classification we asked for (unnamed buffers, stale notifications).
local function on_classified(buf, result)
  if not api.nvim_buf_is_valid(buf) then
    return
  end
  local st = state(buf)
  local guesses = result.guesses or {}
  st.reason = result.reason
  local id = next_suggestion(st.suggestion, guesses)
  if id == nil then
    st.guesses = guesses
    if st.suggestion ~= nil then
      st.suggestion, st.confidence = nil, nil
      emit('CodeBERTaDetected', { buf = buf, guesses = guesses })
    end
    return
  end
  suggest(buf, id, confidence_of(guesses, id), guesses)
end

--- `codeberta/detectedLanguage`.
on_detected = function(params, ctx)
  if params.uri == 'file://' or params.uri == '' then
    return -- all unnamed buffers share this URI: they are classified by text
  end
  local buf = buf_for_uri(ctx.client_id, params.uri)
  if not buf then
    return
  end
  local guesses = params.guesses or {}
  if params.version < vim.lsp.util.buf_versions[buf] then
    -- Older than the buffer: ask again about the current text.
    local client = vim.lsp.get_client_by_id(ctx.client_id)
    if client then
      client:request('codeberta/classify', { textDocument = { uri = params.uri } }, function(err, res)
        if not err and res and res.version == vim.lsp.util.buf_versions[buf] then
          on_classified(buf, res)
        end
      end, buf)
    end
    return
  end
  local top = guesses[1]
  suggest(buf, top and top.languageId or nil, top and top.confidence or nil, guesses)
end

-- Unnamed buffers ------------------------------------------------------------

local function classify_text(buf, explicit, cb)
  local text = buf_text(buf)
  if not explicit and not long_enough(text) then
    return
  end
  local st = state(buf)
  local tick = api.nvim_buf_get_changedtick(buf)
  st.tick = tick
  with_client(function(client)
    client:request('codeberta/classify', { text = text, topK = setting('topK', 3) }, function(err, res)
      if err then
        say('codeberta: classify failed: ' .. (err.message or vim.inspect(err)), vim.log.levels.WARN)
        return
      end
      if not api.nvim_buf_is_valid(buf) then
        return
      end
      if not explicit and api.nvim_buf_get_changedtick(buf) ~= tick then
        return -- edited since: the newer run reports
      end
      cb(res)
    end)
  end)
end

local function classify_scratch(buf)
  if api.nvim_buf_get_name(buf) ~= '' or not is_candidate(buf) then
    return
  end
  local st = state(buf)
  if st.tick == api.nvim_buf_get_changedtick(buf) then
    return
  end
  classify_text(buf, false, function(res)
    if is_candidate(buf) then
      on_classified(buf, res)
    end
  end)
end

local function schedule_scratch(buf)
  local st = state(buf)
  if not st.timer then
    st.timer = uv.new_timer()
  end
  st.timer:stop()
  st.timer:start(setting('debounceMs', 300), 0, vim.schedule_wrap(function()
    if api.nvim_buf_is_valid(buf) then
      classify_scratch(buf)
    end
  end))
end

local function watch_scratch(buf)
  local st = state(buf)
  if st.watching then
    return
  end
  st.watching = true
  api.nvim_buf_attach(buf, false, {
    on_lines = function()
      local s = bufs[buf]
      if not s or not s.watching then
        return true
      end
      if api.nvim_buf_get_name(buf) ~= '' or not is_candidate(buf) then
        s.watching = false
        return true -- detach
      end
      schedule_scratch(buf)
    end,
    on_detach = function()
      local s = bufs[buf]
      if s then
        s.watching = false
      end
    end,
  })
end

-- Deciding what to do with a buffer ------------------------------------------

local function consider(buf)
  if not api.nvim_buf_is_valid(buf) or not is_candidate(buf) then
    return
  end
  if api.nvim_buf_get_name(buf) == '' then
    watch_scratch(buf)
    schedule_scratch(buf)
  elseif not attached(buf) then
    start(buf)
  end
end

-- Corrections ----------------------------------------------------------------

local function record(buf, id, previous)
  local st = state(buf)
  local name = api.nvim_buf_get_name(buf)
  local uri = name == '' and ('untitled:Untitled-' .. buf) or vim.uri_from_bufnr(buf)
  local text = buf_text(buf)
  if not text:find('%S') then
    return
  end
  with_client(function(client)
    local args = { uri, id, previous or 'plaintext', text }
    client:request('workspace/executeCommand', { command = 'codeberta.recordCorrection', arguments = args }, function(err, res)
      if err then
        say('codeberta: could not record the correction: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
        return
      end
      local path = res and res.path or ''
      table.insert(st.corrections, { language = id, path = path })
      say(('codeberta: recorded a correction: %s, not %s'):format(langs.name(id), langs.name(previous or 'plaintext')))
      emit('CodeBERTaCorrection', { buf = buf, languageId = id, previous = previous, path = path })
    end)
  end)
end

--- FileType: a change we did not make, after a suggestion of ours, is the
--- user's correction.
local function on_filetype(buf, ft)
  local st = bufs[buf]
  if not st then
    return
  end
  if st.setting ~= nil then
    return -- ours
  end
  if st.loading then
    return -- filetype detection while (re)reading the file
  end
  local ours = st.applied_id or st.suggestion
  if not ours then
    return -- no suggestion: nothing to correct
  end
  if st.applied and ft == st.applied then
    return
  end
  st.user = true
  if ft == '' or (is_unknown_ft(ft) and ft ~= 'text') then
    st.applied, st.applied_id = nil, nil
    return -- "I don't know" is not a language
  end
  local id = langs.language_id(ft)
  st.applied, st.applied_id = nil, nil
  if langs.same(id, ours) then
    return -- accepting the suggestion is not a correction
  end
  if not cfg().record_corrections then
    return
  end
  if not langs.is_valid_label(id) then
    say(('codeberta: not recording filetype %q as a correction: not a valid language id'):format(ft), vim.log.levels.WARN)
    return
  end
  record(buf, id, ours)
end

-- Commands -------------------------------------------------------------------

--- Classifies the buffer now and sets its filetype from the top guess when it
--- is confident (or always, with force). Works on any buffer.
--- @param buf integer?
--- @param force boolean?
function M.detect(buf, force)
  start_failed = false
  if buf == nil or buf == 0 then
    buf = api.nvim_get_current_buf()
  end
  local function done(res)
    local st = state(buf)
    local guesses = res.guesses or {}
    st.guesses, st.reason = guesses, res.reason
    local top = guesses[1]
    if not top then
      say(('codeberta: no guess%s'):format(res.reason and (' (' .. res.reason .. ')') or ''), vim.log.levels.WARN)
      emit('CodeBERTaDetected', { buf = buf, guesses = guesses })
      return
    end
    local line = 'codeberta: ' .. describe(guesses) .. (res.reason and (' [' .. res.reason .. ']') or '')
    if top.confidence >= threshold() or force then
      st.user = false
      st.suggestion, st.confidence = top.languageId, top.confidence
      emit('CodeBERTaDetected', { buf = buf, languageId = top.languageId, guesses = guesses })
      apply(buf, top.languageId, ('%d%%'):format(pct(top.confidence)))
      say(line)
    else
      say(line .. (' — below %d%%, not applied (use :CodeBERTaDetect! to apply)'):format(pct(threshold())), vim.log.levels.WARN)
      emit('CodeBERTaDetected', { buf = buf, guesses = guesses })
    end
  end
  if api.nvim_buf_get_name(buf) ~= '' and attached(buf) then
    with_client(function(client)
      client:request('codeberta/classify', { textDocument = { uri = vim.uri_from_bufnr(buf) }, topK = setting('topK', 3) }, function(err, res)
        if err then
          say('codeberta: classify failed: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
        elseif res then
          done(res)
        end
      end, buf)
    end)
  else
    classify_text(buf, true, done)
  end
end

--- Retrains from all corrections, reporting progress.
function M.retrain()
  start_failed = false
  return with_client(function(client)
    progress = { title = 'codeberta: retraining', percentage = 0 }
    emit('CodeBERTaProgress', progress)
    client:request('workspace/executeCommand', { command = 'codeberta.retrain', arguments = {} }, function(err, res)
      progress = nil
      if err then
        M.last_retrain = { status = 'failed', message = err.message or vim.inspect(err) }
        say('codeberta: retraining failed: ' .. M.last_retrain.message, vim.log.levels.ERROR)
      else
        M.last_retrain = res
        -- The server says what happened with window/showMessage.
      end
      emit('CodeBERTaRetrained', M.last_retrain)
    end)
  end)
end

-- Statusline -----------------------------------------------------------------

--- Statusline component: "codeberta: Python 93%", "codeberta: retraining 40%",
--- "codeberta: Ruby (corrected)", or "" for buffers codeberta has nothing to
--- say about. Use it as `%{v:lua.require'codeberta'.statusline()}`.
--- @param buf integer?
--- @return string
function M.statusline(buf)
  if progress then
    return ('codeberta: retraining %d%%'):format(progress.percentage or 0)
  end
  if buf == nil or buf == 0 then
    buf = api.nvim_get_current_buf()
  end
  local st = bufs[buf]
  if not st then
    return ''
  end
  if st.user then
    local last = st.corrections[#st.corrections]
    if last then
      return ('codeberta: %s (corrected)'):format(langs.name(last.language))
    end
    return ''
  end
  if st.suggestion then
    return ('codeberta: %s %d%%'):format(langs.name(st.suggestion), pct(st.confidence or confidence_of(st.guesses, st.suggestion)))
  end
  if st.guesses ~= nil or attached(buf) then
    return 'codeberta: ?'
  end
  return ''
end

-- Setup ----------------------------------------------------------------------

--- @param opts codeberta.Config?
function M.setup(opts)
  local c = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})
  -- Lists are replaced, not merged.
  for _, k in ipairs({ 'cmd', 'unknown_filetypes', 'scratch_buftypes' }) do
    if opts and opts[k] ~= nil then
      c[k] = opts[k]
    end
  end
  M.config = c
  langs.overrides = c.filetypes or {}
  start_failed = false

  group = api.nvim_create_augroup('codeberta', { clear = true })
  api.nvim_create_autocmd('BufReadPre', {
    group = group,
    callback = function(ev)
      state(ev.buf).loading = true
    end,
  })
  api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile', 'BufEnter', 'BufFilePost', 'BufWritePost' }, {
    group = group,
    callback = function(ev)
      local buf = ev.buf
      vim.schedule(function()
        if bufs[buf] then
          bufs[buf].loading = false
        end
        consider(buf)
      end)
    end,
  })
  api.nvim_create_autocmd('FileType', {
    group = group,
    callback = function(ev)
      on_filetype(ev.buf, ev.match)
    end,
  })
  api.nvim_create_autocmd({ 'BufWipeout', 'BufUnload' }, {
    group = group,
    callback = function(ev)
      local st = bufs[ev.buf]
      if st and st.timer then
        st.timer:stop()
        st.timer:close()
      end
      bufs[ev.buf] = nil
    end,
  })
  api.nvim_create_autocmd('LspProgress', {
    group = group,
    callback = function(ev)
      local client = vim.lsp.get_client_by_id(ev.data.client_id)
      if not client or client.name ~= NAME then
        return
      end
      local value = ev.data.params.value or {}
      if value.kind == 'end' then
        progress = nil
      else
        progress = progress or {}
        progress.title = value.title or progress.title
        progress.message = value.message or progress.message
        progress.percentage = value.percentage or progress.percentage
        if value.kind == 'report' and cfg().notify and #api.nvim_list_uis() > 0 then
          api.nvim_echo({ { ('codeberta: retraining %d%%'):format(progress.percentage or 0) } }, false, {})
        end
      end
      emit('CodeBERTaProgress', progress)
    end,
  })

  vim.lsp.commands['codeberta.applyLanguage'] = function(command, ctx)
    local args = command.arguments or {}
    local buf = ctx and ctx.bufnr
    if args[1] and ctx and ctx.client_id then
      buf = buf_for_uri(ctx.client_id, args[1]) or buf
    end
    if buf and args[2] then
      apply(buf, args[2], 'code action')
    end
  end

  api.nvim_create_user_command('CodeBERTaDetect', function(a)
    M.detect(0, a.bang)
  end, { bang = true, desc = 'codeberta: detect the language of this buffer and set its filetype' })
  api.nvim_create_user_command('CodeBERTaRetrain', function()
    M.retrain()
  end, { desc = 'codeberta: retrain from your corrections' })

  -- Buffers that are already open.
  for _, buf in ipairs(api.nvim_list_bufs()) do
    if api.nvim_buf_is_loaded(buf) then
      consider(buf)
    end
  end
end

return M
