-- Language ids (what codeberta-lsp speaks: VS Code language identifiers, or
-- a label a correction taught the model) and Neovim filetypes.
--
-- The table comes from crates/codeberta-core/src/languages.rs through
-- scripts/gen_languages.lua; the server's guesses carry only the id, so the
-- mapping lives here.

local data = require('codeberta.languages_table')

local M = {}

--- id -> filetype overrides from setup({ filetypes = { ... } }).
--- @type table<string,string>
M.overrides = {}

local by_id = {} --- @type table<string,{id:string,name:string,ft:string}>
local by_ft = {} --- @type table<string,string> first match wins, as in Rust
for _, l in ipairs(data.known) do
  local entry = { id = l[1], name = l[2], ft = l[3] }
  by_id[entry.id] = entry
  if by_ft[entry.ft] == nil then
    by_ft[entry.ft] = entry.id
  end
end

--- Aliases (`yml`, `sh`, `c++`, ...) onto the VS Code id; others unchanged.
--- @param id string
--- @return string
function M.canonical(id)
  return data.aliases[id] or id
end

--- @param id string
--- @return {id:string,name:string,ft:string}?
function M.lookup(id)
  return by_id[M.canonical(id)]
end

--- Neovim filetype for a language id (unknown ids are used as they are).
--- @param id string
--- @return string
function M.filetype(id)
  local o = M.overrides[id] or M.overrides[M.canonical(id)]
  if o then
    return o
  end
  local l = M.lookup(id)
  return l and l.ft or id
end

--- Language id for a Neovim filetype (unknown filetypes are used as they are;
--- of a compound filetype such as `python.django` the first part counts).
--- @param ft string
--- @return string
function M.language_id(ft)
  for id, oft in pairs(M.overrides) do
    if oft == ft then
      return id
    end
  end
  if by_ft[ft] then
    return by_ft[ft]
  end
  local first = ft:match('^([^.]+)%.')
  if first and (by_ft[first] or data.aliases[first] or by_id[first]) then
    return M.language_id(first)
  end
  return M.canonical(ft)
end

--- Display name ("Python") for an id; unknown ids are their own name.
--- @param id string
--- @return string
function M.name(id)
  local l = M.lookup(id)
  return l and l.name or id
end

--- @param a string
--- @param b string
function M.same(a, b)
  return M.canonical(a) == M.canonical(b)
end

--- What the server accepts as a label (see is_valid_label in languages.rs).
--- @param id string
function M.is_valid_label(id)
  return type(id) == 'string'
    and #id > 0
    and #id <= 64
    and id:sub(1, 1) ~= '.'
    and id:match('^[%w%-_+#.]+$') ~= nil
end

--- Every known language: { id, name, ft } (a copy).
function M.all()
  local out = {}
  for _, l in ipairs(data.known) do
    out[#out + 1] = { id = l[1], name = l[2], ft = l[3] }
  end
  return out
end

return M
