-- Tiny TAP harness for the codeberta Neovim tests. Each test file runs in its
-- own `nvim --headless --clean -l`, against the real codeberta-lsp over stdio.
--
-- Environment (tests/nvim/run.sh sets it): CODEBERTA_REPO (repository root),
-- CODEBERTA_LSP_BIN (server binary), CODEBERTA_MODEL (model bundle),
-- CODEBERTA_TEST_TIMEOUT (ms per wait, default 30000).

local H = {}

H.root = assert(os.getenv('CODEBERTA_REPO'), 'CODEBERTA_REPO is not set: run tests/nvim/run.sh')
H.bin = os.getenv('CODEBERTA_LSP_BIN')
H.model = os.getenv('CODEBERTA_MODEL')
H.timeout = tonumber(os.getenv('CODEBERTA_TEST_TIMEOUT') or '') or 30000

vim.opt.rtp:prepend(H.root .. '/editors/nvim')

H.tmp = vim.fn.tempname()
vim.fn.mkdir(H.tmp, 'p')
H.data = H.tmp .. '/data'

-- Every vim.notify (the plugin's messages and window/showMessage) is kept.
H.notes = {} --- @type {msg:string,level:integer?}[]
vim.notify = function(msg, level)
  table.insert(H.notes, { msg = msg, level = level })
  io.stdout:write('# notify: ' .. tostring(msg):gsub('\n', ' ') .. '\n')
end

function H.noted(pattern)
  for _, n in ipairs(H.notes) do
    if tostring(n.msg):find(pattern) then
      return n
    end
  end
  return nil
end

--- setup() against the real server, a private data folder, test settings.
function H.setup(extra)
  assert(H.bin and vim.fn.executable(H.bin) == 1, 'CODEBERTA_LSP_BIN is not an executable: ' .. tostring(H.bin))
  assert(H.model and vim.fn.isdirectory(H.model) == 1, 'CODEBERTA_MODEL is not a folder: ' .. tostring(H.model))
  local opts = vim.tbl_deep_extend('force', {
    cmd = { H.bin, '--stdio' },
    model = H.model,
    data_dir = H.data,
  }, extra or {})
  require('codeberta').setup(opts)
  return require('codeberta')
end

local n, failed = 0, 0

-- print() goes to stderr under `nvim -l`; TAP goes to stdout.
local function out(line)
  io.stdout:write(line .. '\n')
end
H.out = out

function H.test(name, fn)
  n = n + 1
  local t0 = vim.uv.hrtime()
  local ok, err = xpcall(fn, debug.traceback)
  local ms = (vim.uv.hrtime() - t0) / 1e6
  if ok then
    out(('ok %d - %s (%.0f ms)'):format(n, name, ms))
  else
    failed = failed + 1
    out(('not ok %d - %s'):format(n, name))
    for line in tostring(err):gmatch('[^\n]+') do
      out('#   ' .. line)
    end
  end
end

function H.wait(cond, what, timeout)
  if not vim.wait(timeout or H.timeout, cond, 20) then
    error('timed out waiting for ' .. what, 2)
  end
end

--- Lets the editor and the server run for `ms`.
function H.settle(ms)
  vim.wait(ms, function()
    return false
  end, 20)
end

function H.eq(got, want, what)
  if not vim.deep_equal(got, want) then
    error(('%s: expected %s, got %s'):format(what or 'value', vim.inspect(want), vim.inspect(got)), 2)
  end
end

function H.ok(cond, what)
  if not cond then
    error(what or 'assertion failed', 2)
  end
end

function H.write(name, lines)
  local path = H.tmp .. '/' .. name
  vim.fn.writefile(lines, path)
  return path
end

--- A new unnamed buffer (like :enew) holding `lines`, made current.
function H.scratch(lines)
  vim.cmd('enew')
  local buf = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  return buf
end

--- The corrections in the store: { path, language, json } sorted by path.
function H.corrections()
  local dir = H.data .. '/corrections'
  local out = {}
  if vim.fn.isdirectory(dir) == 0 then
    return out
  end
  for name, kind in vim.fs.dir(dir, { depth = 2 }) do
    if kind == 'file' and name:match('%.json$') then
      local path = dir .. '/' .. name
      local f = assert(io.open(path))
      local json = vim.json.decode(f:read('*a'))
      f:close()
      out[#out + 1] = { path = path, folder = name:match('^([^/]+)/'), json = json }
    end
  end
  table.sort(out, function(a, b)
    return a.path < b.path
  end)
  return out
end

function H.done()
  out('1..' .. n)
  for _, c in ipairs(vim.lsp.get_clients()) do
    c:stop()
  end
  vim.wait(5000, function()
    return #vim.lsp.get_clients() == 0
  end, 20)
  if failed > 0 then
    out(('# %d of %d failed; LSP log: %s'):format(failed, n, vim.lsp.get_log_path()))
  end
  vim.fn.delete(H.tmp, 'rf')
  os.exit(failed > 0 and 1 or 0)
end

return H
