-- Corrections: a manual :set ft= after our suggestion is stored in the
-- corrections store; other filetype changes are not. Then :CodeBERTaRetrain
-- reports progress and completes.
local H = dofile(vim.fs.dirname(_G.arg[0]) .. '/helpers.lua')
local cb = H.setup()

local PY = {
  '#!/usr/bin/env python3',
  'import os',
  '',
  'for name in sorted(os.listdir(".")):',
  '    print(name)',
}
local JSON = {
  '{',
  '  "pipeline": "ingest",',
  '  "stages": [ { "fetch": "source://raw" }, { "store": "sink://lake" } ],',
  '  "retries": 3',
  '}',
}

local function store_languages()
  local langs = {}
  for _, c in ipairs(H.corrections()) do
    langs[#langs + 1] = c.json.language
  end
  table.sort(langs)
  return langs
end

-- Negative cases first: if one of them recorded something, it would reach
-- the store before the positive ones below and fail the final count.

H.test('our own filetype switch is not a correction', function()
  vim.cmd.edit(H.write('first.unknownext', JSON))
  local buf = vim.api.nvim_get_current_buf()
  H.wait(function()
    return vim.bo[buf].filetype == 'json'
  end, 'filetype json')
  local scratch = H.scratch(PY)
  H.wait(function()
    return vim.bo[scratch].filetype == 'python'
  end, 'filetype python')
  H.eq(#cb.state(buf).corrections, 0, 'corrections of the json buffer')
end)

H.test('a :set ft= without a suggestion of ours is not a correction', function()
  vim.cmd.edit(H.write('script.lua', PY)) -- known extension
  vim.cmd('set ft=python')
  vim.cmd.edit(H.write('short.unknownext', { 'x y' })) -- too short to suggest
  local buf = vim.api.nvim_get_current_buf()
  H.wait(function()
    return #vim.lsp.get_clients({ name = 'codeberta', bufnr = buf }) == 1
  end, 'client attached')
  H.settle(800)
  vim.cmd('set ft=perl')
  H.eq(cb.state(buf).corrections, {}, 'corrections of the short buffer')
end)

H.test('choosing the suggested language by hand is not a correction', function()
  vim.cmd.edit(H.write('again.unknownext', JSON))
  local buf = vim.api.nvim_get_current_buf()
  H.wait(function()
    return vim.bo[buf].filetype == 'json'
  end, 'filetype json')
  vim.cmd('set ft=json')
  H.eq(cb.state(buf).corrections, {}, 'corrections')
end)

H.test(':set ft= after our suggestion on a file is stored as a correction', function()
  vim.cmd.edit(H.write('pipeline.unknownext', JSON))
  local buf = vim.api.nvim_get_current_buf()
  H.wait(function()
    return vim.bo[buf].filetype == 'json'
  end, 'filetype json')
  vim.cmd('set ft=yaml')
  H.wait(function()
    return #cb.state(buf).corrections == 1
  end, 'the correction to be recorded')
  local found
  for _, c in ipairs(H.corrections()) do
    if c.json.language == 'yaml' then
      found = c
    end
  end
  H.ok(found, 'a yaml correction in ' .. H.data .. '/corrections')
  H.eq(found.folder, 'yaml', 'folder')
  H.eq(found.json.previous, 'json', 'previous')
  H.eq(found.json.source, 'command', 'source')
  H.ok(found.json.text:find('"pipeline": "ingest"', 1, true), 'text: ' .. found.json.text)
  H.eq(found.json.uri, vim.uri_from_bufnr(buf), 'uri')
  H.eq(cb.state(buf).corrections[1].path, found.path, 'path reported by the server')
  H.ok(cb.statusline(buf):find('YAML %(corrected%)'), 'statusline: ' .. cb.statusline(buf))
  -- The user chose: new suggestions no longer touch the filetype.
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, JSON)
  H.settle(800)
  H.eq(vim.bo[buf].filetype, 'yaml', 'filetype after an edit')
end)

H.test(':set ft= after our suggestion on an unnamed buffer is stored as a correction', function()
  local buf = H.scratch(PY)
  H.wait(function()
    return vim.bo[buf].filetype == 'python'
  end, 'filetype python')
  vim.cmd('set ft=sh') -- Neovim's name for VS Code's shellscript
  H.wait(function()
    return #cb.state(buf).corrections == 1
  end, 'the correction to be recorded')
  local found
  for _, c in ipairs(H.corrections()) do
    if c.json.language == 'shellscript' then
      found = c
    end
  end
  H.ok(found, 'a shellscript correction in the store')
  H.eq(found.json.previous, 'python', 'previous')
  H.ok(found.json.text:find('sorted(os.listdir', 1, true), 'text: ' .. found.json.text)
end)

H.test('the store holds exactly the two corrections', function()
  H.settle(300)
  H.eq(store_languages(), { 'shellscript', 'yaml' }, 'languages in the store')
end)

H.test(':CodeBERTaRetrain reports progress and completes', function()
  local seen = {}
  local statuslines = {}
  vim.api.nvim_create_autocmd('LspProgress', {
    callback = function(ev)
      local client = vim.lsp.get_client_by_id(ev.data.client_id)
      if client and client.name == 'codeberta' then
        local v = ev.data.params.value
        seen[#seen + 1] = v.kind
        if v.kind ~= 'end' then
          statuslines[#statuslines + 1] = cb.statusline()
        end
      end
    end,
  })
  local notes_before = #H.notes
  vim.cmd('CodeBERTaRetrain')
  H.wait(function()
    return cb.last_retrain ~= nil
  end, 'the retrain to finish', math.max(H.timeout, 120000))
  H.eq(seen[1], 'begin', 'first progress')
  H.eq(seen[#seen], 'end', 'last progress')
  H.ok(statuslines[1] and statuslines[1]:find('^codeberta: retraining %d+%%$'), 'statusline during retrain: ' .. tostring(statuslines[1]))
  local status = cb.last_retrain.status
  H.ok(vim.tbl_contains({ 'installed', 'rejected', 'cleared', 'unchanged' }, status), 'status: ' .. tostring(status) .. ' ' .. tostring(cb.last_retrain.message))
  -- window/showMessage with the outcome reaches the user.
  H.wait(function()
    for i = notes_before + 1, #H.notes do
      if H.notes[i].msg == cb.last_retrain.message then
        return true
      end
    end
    return false
  end, 'the completion message')
  H.ok(not cb.statusline():find('retraining'), 'statusline after: ' .. cb.statusline())
end)

H.done()
