"""Reads VTK XML files with VTK's own readers and prints what they hold, for VtkReadBackTest.

Usage: python3 read_vtk.py FILE...   (.vtr, .vtu, .vtp or .pvd)

Output is one record per line, fields separated by tabs:
  file      NAME
  class     VTK class of the dataset read
  cells     N
  points    N
  array     NAME  TYPE  COMPONENTS  TUPLES        (a cell array; TYPE is the VTK XML type name)
  values    V0  V1 ...                            (its values, tuple by tuple; doubles as repr())
  coords    AXIS  V0  V1 ...                      (rectilinear grids: node coordinates)
  types     T0  T1 ...                            (unstructured grids: cell types)
  corners   X Y Z of every point of every cell, cell by cell, in the cell's point order
  normals   NX NY NZ of every polygon             (poly data)
  hidden    C0  C1 ...                            (cells VTK will not draw: IsCellVisible false)
  surface   N                                     (polygons vtkDataSetSurfaceFilter extracts: what is drawn)
  dataset   TIMESTEP  PART  FILE                  (.pvd entries, each then read as above)
  end

Any error or warning VTK reports makes the script exit with status 2, so a file VTK only half
understands fails the test. Only the standard library and VTK are used (Debian's python3-vtk9 has no
numpy).
"""
import os
import sys
import xml.etree.ElementTree as ET

import vtk

TYPES = {
    vtk.VTK_DOUBLE: "Float64",
    vtk.VTK_FLOAT: "Float32",
    vtk.VTK_INT: "Int32",
    vtk.VTK_UNSIGNED_CHAR: "UInt8",
    vtk.VTK_LONG_LONG: "Int64",
    vtk.VTK_ID_TYPE: "Int64",
}
READERS = {
    ".vtr": vtk.vtkXMLRectilinearGridReader,
    ".vtu": vtk.vtkXMLUnstructuredGridReader,
    ".vtp": vtk.vtkXMLPolyDataReader,
}

messages = vtk.vtkStringOutputWindow()
vtk.vtkOutputWindow.SetInstance(messages)


def emit(*fields):
    print("\t".join(str(f) for f in fields))


def number(array, i, nc):
    v = array.GetComponent(i // nc, i % nc)
    return repr(v) if array.GetDataType() in (vtk.VTK_DOUBLE, vtk.VTK_FLOAT) else str(int(v))


def check_messages(path):
    text = messages.GetOutput()
    if text:
        sys.stderr.write("VTK reported while reading %s:\n%s\n" % (path, text))
        sys.exit(2)


def read(path):
    ext = os.path.splitext(path)[1]
    reader = READERS[ext]()
    reader.SetFileName(path)
    reader.Update()
    check_messages(path)
    data = reader.GetOutput()
    emit("file", os.path.basename(path))
    emit("class", data.GetClassName())
    emit("cells", data.GetNumberOfCells())
    emit("points", data.GetNumberOfPoints())
    cd = data.GetCellData()
    for a in range(cd.GetNumberOfArrays()):
        arr = cd.GetAbstractArray(a)
        nc = arr.GetNumberOfComponents()
        emit("array", arr.GetName(), TYPES.get(arr.GetDataType(), arr.GetDataTypeAsString()), nc,
             arr.GetNumberOfTuples())
        emit("values", *[number(arr, i, nc) for i in range(arr.GetNumberOfTuples() * nc)])
    if ext == ".vtr":
        for axis, coords in (("x", data.GetXCoordinates()), ("y", data.GetYCoordinates()),
                             ("z", data.GetZCoordinates())):
            emit("coords", axis, *[number(coords, i, 1) for i in range(coords.GetNumberOfTuples())])
        emit("hidden", *[c for c in range(data.GetNumberOfCells()) if not data.IsCellVisible(c)])
        surface = vtk.vtkDataSetSurfaceFilter()
        surface.SetInputData(data)
        surface.Update()
        check_messages(path)
        emit("surface", surface.GetOutput().GetNumberOfCells())
    else:
        if ext == ".vtu":
            emit("types", *[data.GetCellType(c) for c in range(data.GetNumberOfCells())])
        corners = []
        normals = []
        ids = vtk.vtkIdList()
        for c in range(data.GetNumberOfCells()):
            data.GetCellPoints(c, ids)
            for p in range(ids.GetNumberOfIds()):
                corners.extend(repr(v) for v in data.GetPoint(ids.GetId(p)))
            if ext == ".vtp":
                n = [0.0, 0.0, 0.0]
                vtk.vtkPolygon.ComputeNormal(data.GetCell(c).GetPoints(), n)
                normals.extend(repr(v) for v in n)
        emit("corners", *corners)
        if ext == ".vtp":
            emit("normals", *normals)
    emit("end")


def read_collection(path):
    root = ET.parse(path).getroot()
    if root.tag != "VTKFile" or root.get("type") != "Collection":
        sys.stderr.write("%s is not a VTK collection\n" % path)
        sys.exit(2)
    entries = root.find("Collection").findall("DataSet")
    for e in entries:
        emit("dataset", e.get("timestep"), e.get("part"), e.get("file"))
    for e in entries:
        read(os.path.join(os.path.dirname(path), e.get("file")))


for f in sys.argv[1:]:
    if f.endswith(".pvd"):
        read_collection(f)
    else:
        read(f)
