// A silicon bar of six grains (micrometres; the case file scales by 1e-6): 1000 x 250 x 250 um, the
// grain boundaries at x = 130, 310, 450, 620, 840 um, meshed conformingly with tetrahedra (the grains
// share their boundary surfaces: BooleanFragments).
// Mesh: gmsh -3 grains.geo -format msh41 -bin -o grains.msh
SetFactory("OpenCASCADE");
xs[] = {0, 130, 310, 450, 620, 840, 1000};
For i In {0 : 5}
  Box(i + 1) = {xs[i], 0, 0, xs[i + 1] - xs[i], 250, 250};
EndFor
BooleanFragments{ Volume{1 : 6}; Delete; }{}
For i In {0 : 5}
  Physical Volume(Sprintf("grain-%g", i + 1)) = Volume In BoundingBox{xs[i] - 1, -1, -1, xs[i + 1] + 1, 251, 251};
EndFor
Physical Surface("xmin") = Surface In BoundingBox{-1, -1, -1, 1, 251, 251};
Physical Surface("xmax") = Surface In BoundingBox{999, -1, -1, 1001, 251, 251};
Mesh.MeshSizeMax = 70;
