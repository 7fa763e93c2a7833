-- :checkhealth codeberta and the statusline component.
local H = dofile(vim.fs.dirname(_G.arg[0]) .. '/helpers.lua')
local cb = H.setup()

local function health_report()
  vim.cmd('silent checkhealth codeberta')
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  local text = table.concat(lines, '\n')
  vim.cmd('tabclose')
  return text
end

H.test('statusline is empty for buffers codeberta has nothing to say about', function()
  vim.cmd.edit(H.write('plain.lua', { 'local x = 1', 'return x' }))
  H.eq(cb.statusline(), '', 'statusline of a lua buffer')
end)

H.test(':checkhealth codeberta finds the server (before it runs)', function()
  local report = health_report()
  H.ok(not report:find('ERROR'), 'no ERROR in:\n' .. report)
  H.ok(report:find('OK setup%(%) was called') or report:find("OK require%('codeberta'%)%.setup%(%) was called"), 'setup reported:\n' .. report)
  H.ok(report:find('OK server found: ' .. vim.pesc(H.bin) .. ' %(codeberta%-lsp %d'), 'server reported:\n' .. report)
  H.ok(report:find('OK model: ' .. vim.pesc(H.model)), 'model reported:\n' .. report)
  H.ok(report:find('not running'), 'client state reported:\n' .. report)
end)

H.test(':checkhealth codeberta reports the running client and statusline tracks detection', function()
  vim.cmd.edit(H.write('config.unknownext', { '{', '  "enabled": true,', '  "level": "debug",', '  "targets": [1, 2, 3]', '}' }))
  local buf = vim.api.nvim_get_current_buf()
  H.wait(function()
    return #vim.lsp.get_clients({ name = 'codeberta', bufnr = buf }) == 1
  end, 'client attached')
  H.ok(cb.statusline(buf) == '' or cb.statusline(buf) == 'codeberta: ?', 'statusline before the guess: ' .. cb.statusline(buf))
  H.wait(function()
    return vim.bo[buf].filetype == 'json'
  end, 'filetype json')
  H.eq(cb.statusline(buf), 'codeberta: JSON 100%', 'statusline after the guess')
  -- As a real statusline expression.
  vim.o.statusline = "%{v:lua.require'codeberta'.statusline()}"
  H.eq(vim.api.nvim_eval_statusline(vim.o.statusline, {}).str, 'codeberta: JSON 100%', 'evaluated statusline')
  local report = health_report()
  H.ok(not report:find('ERROR'), 'no ERROR in:\n' .. report)
  H.ok(report:find('OK running: codeberta%-lsp'), 'running client reported:\n' .. report)
end)

H.test(':checkhealth codeberta reports a missing server as an error', function()
  cb.config.cmd = { H.tmp .. '/no-such-codeberta-lsp', '--stdio' }
  local report = health_report()
  cb.config.cmd = { H.bin, '--stdio' }
  H.ok(report:find('ERROR .*no%-such%-codeberta%-lsp not found'), 'error reported:\n' .. report)
end)

H.test('the help file has its tags', function()
  local dir = H.tmp .. '/doc'
  vim.fn.mkdir(dir, 'p')
  vim.fn.writefile(vim.fn.readfile(H.root .. '/editors/nvim/doc/codeberta.txt'), dir .. '/codeberta.txt')
  vim.cmd('helptags ' .. vim.fn.fnameescape(dir))
  local tags = table.concat(vim.fn.readfile(dir .. '/tags'), '\n')
  for _, tag in ipairs({ 'codeberta', ':CodeBERTaDetect', ':CodeBERTaRetrain', 'codeberta.setup()', 'codeberta.statusline()', 'codeberta-corrections' }) do
    H.ok(tags:find('\n' .. vim.pesc(tag) .. '\t') or tags:find('^' .. vim.pesc(tag) .. '\t'), 'tag ' .. tag)
  end
end)

H.test('a server that cannot start is reported once, not restarted per buffer', function()
  for _, c in ipairs(vim.lsp.get_clients({ name = 'codeberta' })) do
    c:stop(true)
  end
  H.wait(function()
    return cb.client() == nil
  end, 'the client to stop')
  local script = H.write('broken-server.sh', { 'echo "codeberta-lsp: cannot load the model" >&2', 'exit 3' })
  cb.config.cmd = { 'sh', script }
  local before = #H.notes
  vim.cmd.edit(H.write('one.unknownext', { 'some text that nobody knows the language of' }))
  H.wait(function()
    return H.noted('failed to start') ~= nil
  end, 'the failure message')
  vim.cmd.edit(H.write('two.unknownext', { 'more text that nobody knows the language of' }))
  H.settle(500)
  local failures = 0
  for i = before + 1, #H.notes do
    if H.notes[i].msg:find('failed to start') then
      failures = failures + 1
    end
  end
  H.eq(failures, 1, 'failure messages')
  H.eq(cb.client(), nil, 'client')
  local report = health_report()
  H.ok(report:find('ERROR the server failed to start'), 'failure in the health report:\n' .. report)
  cb.config.cmd = { H.bin, '--stdio' }
end)

H.done()
