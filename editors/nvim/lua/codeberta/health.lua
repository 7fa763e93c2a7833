-- :checkhealth codeberta

local M = {}

local function data_dir(c)
  if c.data_dir then
    return vim.fs.normalize(c.data_dir)
  end
  local xdg = vim.env.XDG_DATA_HOME
  if xdg and xdg ~= '' then
    return xdg .. '/codeberta'
  end
  return vim.fs.normalize('~/.local/share/codeberta')
end

local function count_corrections(dir)
  local n = 0
  local ok = pcall(function()
    for name, kind in vim.fs.dir(dir, { depth = 2 }) do
      if kind == 'file' and name:match('%.json$') and not vim.fs.basename(name):match('^%.') then
        n = n + 1
      end
    end
  end)
  return ok and n or nil
end

function M.check()
  local h = vim.health
  h.start('Neovim')
  if vim.fn.has('nvim-0.11') == 1 then
    h.ok('Neovim ' .. tostring(vim.version()))
  else
    h.error('Neovim 0.11 or newer is needed (vim.lsp.start, vim.lsp.config)', { 'Upgrade Neovim' })
  end

  local cb = require('codeberta')
  h.start('Setup')
  if cb.config then
    h.ok("require('codeberta').setup() was called")
  else
    h.warn("require('codeberta').setup() has not been called: nothing is detected", {
      "Add require('codeberta').setup({}) to your init.lua",
    })
  end
  local c = cb.config or {}

  h.start('Server')
  local cmd = cb._server_cmd()
  local exe = vim.fn.exepath(cmd[1])
  if exe == '' then
    h.error(('%s not found'):format(cmd[1]), {
      'Build it: cargo build --release -p codeberta-lsp (target/release/codeberta-lsp)',
      "Put it on PATH or pass its path: require('codeberta').setup({ cmd = { '/path/to/codeberta-lsp', '--stdio' } })",
    })
  else
    local ok, res = pcall(function()
      return vim.system({ exe, '--version' }, { text = true }):wait(10000)
    end)
    if ok and res and res.code == 0 then
      h.ok(('server found: %s (%s)'):format(exe, vim.trim(res.stdout or '')))
    else
      h.error(('%s --version failed: %s'):format(exe, ok and res and vim.trim((res.stderr or '') .. ' code ' .. tostring(res.code)) or tostring(res)))
    end
  end
  h.info('command: ' .. table.concat(cmd, ' '))

  local model = c.model or vim.env.CODEBERTA_MODEL
  if model and model ~= '' then
    model = vim.fs.normalize(model)
    local missing = {}
    for _, f in ipairs({ 'model.onnx', 'tokenizer.json', 'labels.json', 'config.json' }) do
      if vim.fn.filereadable(model .. '/' .. f) ~= 1 then
        missing[#missing + 1] = f
      end
    end
    if #missing == 0 then
      h.ok('model: ' .. model)
    else
      h.error(('model %s lacks %s'):format(model, table.concat(missing, ', ')), {
        'Point model (or $CODEBERTA_MODEL) at a model bundle such as models/default',
      })
    end
  else
    h.info("model: the server's default ($CODEBERTA_MODEL unset, no model in setup())")
  end

  local dir = data_dir(c)
  local n = count_corrections(dir .. '/corrections')
  h.info(('data folder: %s (%s corrections)'):format(dir, n and tostring(n) or 'no'))

  h.start('Client')
  local client = cb.client()
  if client then
    local info = client.server_info or {}
    h.ok(('running: %s %s, client id %d, %d buffer(s) attached'):format(
      info.name or '?',
      info.version or '',
      client.id,
      #vim.lsp.get_buffers_by_client_id(client.id)
    ))
  elseif cb.start_failed() then
    h.error('the server failed to start; it is not restarted until :CodeBERTaDetect or setup()', {
      'See :LspLog for its error output (a missing ONNX Runtime library or model, most likely)',
    })
  else
    h.info('not running: it starts with the first buffer whose filetype Neovim does not know')
  end
  if cb.last_retrain then
    h.info(('last retrain: %s: %s'):format(cb.last_retrain.status or '?', cb.last_retrain.message or ''))
  end
end

return M
