// Excerpt of types generated from an OpenAPI document.
export interface paths {
  '/pets/{petId}': {
    get: {
      parameters: { path: { petId: number } };
      responses: {
        200: { content: { 'application/json': components['schemas']['Pet'] } };
        404: { content: { 'application/json': components['schemas']['Error'] } };
      };
    };
  };
}

export interface components {
  schemas: {
    Pet: { id: number; name: string; tag?: string; status: 'available' | 'pending' | 'sold' };
    Error: { code: number; message: string };
  };
}

type PetResponse = paths['/pets/{petId}']['get']['responses'][200]['content']['application/json'];
