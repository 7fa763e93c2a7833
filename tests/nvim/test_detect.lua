-- Detection and the language switch: unnamed buffers, unknown extensions,
-- buffers whose filetype Neovim knows, :CodeBERTaDetect, statusline.
local H = dofile(vim.fs.dirname(_G.arg[0]) .. '/helpers.lua')
local cb = H.setup()

local PY = {
  '#!/usr/bin/env python3',
  'import sys',
  '',
  'def main(argv):',
  '    for arg in argv[1:]:',
  '        print(arg.upper())',
  '',
  'main(sys.argv)',
}
local JSON = {
  '{',
  '  "name": "codeberta",',
  '  "version": 3,',
  '  "tags": ["language", "detection"],',
  '  "nested": { "ok": true, "n": null }',
  '}',
}

H.test('an unnamed buffer of Python becomes python by itself', function()
  local buf = H.scratch(PY)
  H.eq(vim.bo[buf].filetype, '', 'filetype before')
  H.wait(function()
    return vim.bo[buf].filetype == 'python'
  end, 'filetype python')
  H.eq(cb.state(buf).applied, 'python', 'state.applied')
  H.ok(cb.statusline(buf):find('Python 100%%'), 'statusline: ' .. cb.statusline(buf))
  H.ok(H.noted('filetype set to python'), 'a message says so')
end)

H.test('two unnamed buffers (both URI file://) are classified apart', function()
  local a = H.scratch(JSON)
  local b = H.scratch(PY)
  H.wait(function()
    return vim.bo[a].filetype == 'json' and vim.bo[b].filetype == 'python'
  end, 'json and python')
  -- Unnamed buffers are classified by text, never attached under file://
  H.eq(#vim.lsp.get_clients({ name = 'codeberta', bufnr = a }), 0, 'clients attached to the unnamed buffer')
end)

H.test(':CodeBERTaDetect sets the filetype of an unnamed buffer', function()
  cb.config.auto_apply = false
  local buf = H.scratch(PY)
  H.settle(800) -- the debounce would have fired by now
  H.eq(vim.bo[buf].filetype, '', 'filetype without auto_apply')
  vim.cmd('CodeBERTaDetect')
  H.wait(function()
    return vim.bo[buf].filetype == 'python'
  end, 'filetype python after :CodeBERTaDetect')
  H.ok(H.noted('Python %(python%) 100%%'), 'guesses are shown')
  cb.config.auto_apply = true
end)

local json_buf, lua_buf, txt_buf
H.test('a JSON file with an unknown extension becomes json', function()
  -- Open the known-extension files first: they get the same time to go wrong.
  vim.cmd.edit(H.write('init.lua', PY))
  lua_buf = vim.api.nvim_get_current_buf()
  H.eq(vim.bo.filetype, 'lua', 'filetype of init.lua')
  vim.cmd.edit(H.write('notes.txt', JSON))
  txt_buf = vim.api.nvim_get_current_buf()
  H.eq(vim.bo.filetype, 'text', 'filetype of notes.txt')

  vim.cmd.edit(H.write('data.unknownext', JSON))
  json_buf = vim.api.nvim_get_current_buf()
  H.eq(vim.bo.filetype, '', 'filetype before detection')
  H.wait(function()
    return vim.bo[json_buf].filetype == 'json'
  end, 'filetype json')
  H.eq(#vim.lsp.get_clients({ name = 'codeberta', bufnr = json_buf }), 1, 'client attached')
  H.ok(cb.statusline(json_buf):find('JSON 100%%'), 'statusline: ' .. cb.statusline(json_buf))
end)

H.test('a buffer with a known extension keeps its filetype', function()
  H.settle(1500) -- debounce (300 ms) and classification many times over
  H.eq(vim.bo[lua_buf].filetype, 'lua', 'filetype of init.lua holding Python')
  H.eq(#vim.lsp.get_clients({ name = 'codeberta', bufnr = lua_buf }), 0, 'clients attached to init.lua')
  H.eq(cb.statusline(lua_buf), '', 'statusline of init.lua')
  -- .txt is "unknown" to Neovim's mapping but its extension implies plain
  -- text: the server never suggests for it.
  H.eq(vim.bo[txt_buf].filetype, 'text', 'filetype of notes.txt holding JSON')
end)

H.test('an edited unnamed buffer is re-detected; a short one is left alone', function()
  local buf = H.scratch({ 'x = 1' })
  H.settle(800)
  H.eq(vim.bo[buf].filetype, '', 'filetype of a too-short buffer')
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, JSON)
  H.wait(function()
    return vim.bo[buf].filetype == 'json'
  end, 'filetype json after the edit')
end)

H.test("the server's code action runs codeberta.applyLanguage in the client", function()
  cb.config.auto_apply = false
  vim.cmd.edit(H.write('suggested.unknownext', JSON))
  local buf = vim.api.nvim_get_current_buf()
  H.wait(function()
    local st = cb.state(buf)
    return st ~= nil and st.suggestion == 'json'
  end, 'the suggestion json')
  H.eq(vim.bo[buf].filetype, '', 'filetype without auto_apply')
  H.ok(cb.statusline(buf):find('JSON 100%%'), 'statusline: ' .. cb.statusline(buf))
  local params = vim.lsp.util.make_range_params(0, 'utf-16')
  params.context = { diagnostics = {}, only = { 'source.codeberta.setLanguage' } }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, H.timeout)
  local action
  for _, r in pairs(responses or {}) do
    for _, a in ipairs(r.result or {}) do
      if a.command and a.command.arguments and a.command.arguments[2] == 'json' then
        action = a
      end
    end
  end
  H.ok(action, 'a "Set language mode to JSON" action in ' .. vim.inspect(responses))
  H.eq(action.title, 'Set language mode to JSON', 'title')
  H.eq(action.command.command, 'codeberta.applyLanguage', 'command')
  cb.client():exec_cmd(action.command, { bufnr = buf })
  H.eq(vim.bo[buf].filetype, 'json', 'filetype after the action')
  cb.config.auto_apply = true
end)

H.done()
