export EDITOR=nvim
export HISTSIZE=50000 HISTCONTROL=ignoreboth:erasedups
shopt -s histappend globstar
alias ll='ls -alF --color=auto'
alias gs='git status -sb'
mkcd() { mkdir -p "$1" && cd "$1"; }
[ -f ~/.fzf.bash ] && source ~/.fzf.bash
PS1='\[\e[32m\]\u@\h\[\e[0m\]:\[\e[34m\]\w\[\e[0m\]$(__git_ps1 " (%s)")\$ '
