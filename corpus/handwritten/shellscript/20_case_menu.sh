while :; do
  printf '\n1) disk usage\n2) memory\n3) network\nq) quit\n> '
  read -r choice
  case $choice in
    1) df -h ;;
    2) free -m ;;
    3) ip -brief address ;;
    q|Q) break ;;
    *) echo "unknown option: $choice" ;;
  esac
done
