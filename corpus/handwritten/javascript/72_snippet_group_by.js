const groupBy = (list, keyFn) =>
  list.reduce((acc, item) => {
    const key = keyFn(item)
    ;(acc[key] ||= []).push(item)
    return acc
  }, {})

groupBy(['apple', 'avocado', 'banana'], s => s[0]) // { a: [...], b: [...] }
