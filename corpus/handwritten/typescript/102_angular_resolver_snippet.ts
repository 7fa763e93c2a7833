export const productResolver: ResolveFn<Product> = (route: ActivatedRouteSnapshot) => {
  const id = Number(route.paramMap.get('id'));
  return inject(ProductService).getById(id);
};
