-- A hand-rolled statusline, no plugin needed.
local M = {}

local modes = {
  n = { "NORMAL", "StlNormal" },
  i = { "INSERT", "StlInsert" },
  v = { "VISUAL", "StlVisual" },
  V = { "V-LINE", "StlVisual" },
  ["\22"] = { "V-BLOCK", "StlVisual" },
  c = { "COMMAND", "StlCommand" },
  R = { "REPLACE", "StlReplace" },
  t = { "TERMINAL", "StlCommand" },
}

local function diagnostics()
  local counts = { 0, 0 }
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.severity == vim.diagnostic.severity.ERROR then counts[1] = counts[1] + 1
    elseif d.severity == vim.diagnostic.severity.WARN then counts[2] = counts[2] + 1 end
  end
  local parts = {}
  if counts[1] > 0 then parts[#parts + 1] = "%#DiagnosticError#E" .. counts[1] end
  if counts[2] > 0 then parts[#parts + 1] = "%#DiagnosticWarn#W" .. counts[2] end
  return table.concat(parts, " ")
end

local function git_branch()
  local head = vim.b.gitsigns_head
  return head and (" " .. head) or ""
end

function M.render()
  local m = modes[vim.api.nvim_get_mode().mode] or { "?", "StlNormal" }
  return table.concat({
    "%#" .. m[2] .. "# " .. m[1] .. " ",
    "%#StatusLine# %f %m%r",
    " " .. git_branch(),
    "%=",
    diagnostics(),
    "%#StatusLine#  %y  %l:%c  %p%% ",
  })
end

function M.setup()
  vim.api.nvim_set_hl(0, "StlNormal", { fg = "#1e1e2e", bg = "#89b4fa", bold = true })
  vim.api.nvim_set_hl(0, "StlInsert", { fg = "#1e1e2e", bg = "#a6e3a1", bold = true })
  vim.api.nvim_set_hl(0, "StlVisual", { fg = "#1e1e2e", bg = "#cba6f7", bold = true })
  vim.api.nvim_set_hl(0, "StlCommand", { fg = "#1e1e2e", bg = "#f9e2af", bold = true })
  vim.api.nvim_set_hl(0, "StlReplace", { fg = "#1e1e2e", bg = "#f38ba8", bold = true })
  vim.o.statusline = "%!v:lua.require'config.statusline'.render()"
end

return M
