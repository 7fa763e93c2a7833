-- The Lua language table is the Rust one (crates/codeberta-core/src/languages.rs):
-- the committed languages_table.lua is what scripts/gen_languages.lua makes
-- of it, and the mapping functions agree with the Rust ones.
local H = dofile(vim.fs.dirname(_G.arg[0]) .. '/helpers.lua')

local gen = dofile(H.root .. '/editors/nvim/scripts/gen_languages.lua')
local rs = gen.read(H.root .. '/crates/codeberta-core/src/languages.rs')
local langs = require('codeberta.languages')

H.test('languages_table.lua is up to date with languages.rs', function()
  local want = gen.generate(rs)
  local have = gen.read(H.root .. '/editors/nvim/lua/codeberta/languages_table.lua')
  H.ok(want == have, 'editors/nvim/lua/codeberta/languages_table.lua is stale: run '
    .. 'nvim -l editors/nvim/scripts/gen_languages.lua from the repository root')
end)

H.test('every lang!() entry of languages.rs was parsed', function()
  local entries = 0
  for _ in rs:gmatch('\n%s*lang!%("') do
    entries = entries + 1
  end
  H.ok(entries >= 55, 'entries in languages.rs: ' .. entries)
  H.eq(#langs.all(), entries, 'languages in the Lua table')
end)

H.test('VS Code ids map to Neovim filetypes', function()
  local cases = {
    shellscript = 'sh', javascriptreact = 'javascriptreact', plaintext = 'text',
    csharp = 'cs', python = 'python', json = 'json', makefile = 'make',
    ['objective-c'] = 'objc', latex = 'tex', bat = 'dosbatch', ini = 'dosini',
    yml = 'yaml', ['my-dsl'] = 'my-dsl',
  }
  for id, ft in pairs(cases) do
    H.eq(langs.filetype(id), ft, 'filetype(' .. id .. ')')
  end
end)

H.test('Neovim filetypes map to VS Code ids', function()
  local cases = {
    sh = 'shellscript', bash = 'shellscript', zsh = 'shellscript', text = 'plaintext',
    cs = 'csharp', make = 'makefile', objc = 'objective-c', tex = 'latex',
    lisp = 'commonlisp', vim = 'viml', python = 'python', ['python.django'] = 'python',
    json = 'json', conf = 'conf', ['my-dsl'] = 'my-dsl',
  }
  for ft, id in pairs(cases) do
    H.eq(langs.language_id(ft), id, 'language_id(' .. ft .. ')')
  end
end)

H.test('filetype and language id round-trip for every known language', function()
  for _, l in ipairs(langs.all()) do
    local back = langs.language_id(langs.filetype(l.id))
    -- emacs-lisp shares lisp with commonlisp: first match wins, as in Rust.
    if l.id ~= 'emacs-lisp' then
      H.eq(back, l.id, 'round trip of ' .. l.id)
    end
    H.ok(langs.is_valid_label(l.id), 'valid label ' .. l.id)
  end
end)

H.test('overrides from setup({ filetypes = ... }) win', function()
  langs.overrides = { shellscript = 'bash' }
  H.eq(langs.filetype('shellscript'), 'bash', 'filetype(shellscript)')
  H.eq(langs.language_id('bash'), 'shellscript', 'language_id(bash)')
  langs.overrides = {}
end)

H.test('labels are validated like the server does', function()
  for _, bad in ipairs({ '', '..', '.', 'a/b', 'a\\b', '../x', '.hidden', 'a b', 'é' }) do
    H.ok(not langs.is_valid_label(bad), 'invalid: ' .. vim.inspect(bad))
  end
  for _, good in ipairs({ 'cpp', 'c++', 'c#', 'cuda-cpp', 'my_dsl', 'x.y' }) do
    H.ok(langs.is_valid_label(good), 'valid: ' .. good)
  end
end)

H.done()
